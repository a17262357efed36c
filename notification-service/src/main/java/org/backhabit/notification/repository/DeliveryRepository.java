package org.backhabit.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.backhabit.notification.model.DeliveryStatus;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, UUID> {

    /**
     * The oldest due pending delivery, locked for this transaction. A row another instance is
     * sending is skipped, never waited for and never sent twice.
     */
    public Optional<DeliveryEntity> lockNextDue(Instant now) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""", DeliveryEntity.class)
                .setParameter(1, now).getResultStream().findFirst().map(DeliveryEntity.class::cast);
    }

    public List<DeliveryEntity> recentOf(String userId, int limit) {
        return find("select d from DeliveryEntity d join fetch d.notification where d.userId = ?1 order by d.createdAt desc, d.id", userId)
                .page(0, limit).list();
    }

    /** Pending deliveries of a channel that was just disabled or removed stop waiting. */
    public void closePending(UUID channelId, DeliveryStatus status, String reason) {
        update("status = ?1, lastError = ?2 where channel.id = ?3 and status = ?4", status, reason, channelId, DeliveryStatus.PENDING);
    }

    public long pending() {
        return count("status", DeliveryStatus.PENDING);
    }

    /** Age of the oldest pending delivery at {@code now}; zero when nothing waits. */
    public Duration oldestPendingAge(Instant now) {
        Object oldest = getEntityManager().createNativeQuery("SELECT min(created_at) FROM delivery WHERE status = 'PENDING'")
                .getSingleResult();
        if (oldest == null) {
            return Duration.ZERO;
        }
        Instant created = oldest instanceof Timestamp ts ? ts.toInstant()
                : oldest instanceof Instant i ? i : ((OffsetDateTime) oldest).toInstant();
        return Duration.between(created, now);
    }
}
