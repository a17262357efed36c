package org.backhabit.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<NotificationEntity, UUID> {

    /** Stores the notification unless its occurrence is already stored; @return true when stored now. */
    public boolean insertIfNew(NotificationEntity n) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO notification (id, user_id, kind, occurrence_key, severity, subject, message, data, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (occurrence_key) DO NOTHING""")
                .setParameter(1, n.id).setParameter(2, n.userId).setParameter(3, n.kind.name()).setParameter(4, n.occurrenceKey)
                .setParameter(5, n.severity).setParameter(6, n.subject).setParameter(7, n.message).setParameter(8, n.data)
                .setParameter(9, n.createdAt).executeUpdate() == 1;
    }
}
