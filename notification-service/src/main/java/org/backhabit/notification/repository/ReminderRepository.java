package org.backhabit.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<ReminderEntity, String> {

    /** Due reminders, locked for this transaction; rows another instance holds are skipped, not waited for. */
    @SuppressWarnings("unchecked")
    public List<ReminderEntity> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM reminder WHERE next_due_at <= ?1
                        ORDER BY next_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", ReminderEntity.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
