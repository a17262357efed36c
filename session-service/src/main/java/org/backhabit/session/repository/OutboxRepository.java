package org.backhabit.session.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, Long> {

    /** Any constant shared by every instance: only the holder of this lock relays. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    /**
     * Takes the relay lock for the current transaction, or returns false at once if another
     * instance holds it. One relay at a time keeps each user's events in commit order.
     */
    public boolean tryRelayLock() {
        Object locked = getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The oldest pending rows. Always from the head: a cursor over ids would skip rows whose ids committed late. */
    public List<OutboxEntry> oldest(int limit) {
        return find("order by id").page(0, limit).list();
    }

    public void deleteAll(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            delete("id in ?1", ids);
        }
    }

    public long depth() {
        return count();
    }

    /** Age of the oldest pending row; zero when the outbox is empty. */
    public Duration oldestAge() {
        Object oldest = getEntityManager().createNativeQuery("SELECT min(created_at) FROM outbox").getSingleResult();
        if (oldest == null) {
            return Duration.ZERO;
        }
        Instant created = oldest instanceof Timestamp ts ? ts.toInstant()
                : oldest instanceof Instant i ? i : ((java.time.OffsetDateTime) oldest).toInstant();
        return Duration.between(created, Instant.now());
    }
}
