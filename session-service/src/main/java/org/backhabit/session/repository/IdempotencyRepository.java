package org.backhabit.session.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /** Inserts the in-flight marker unless the key exists; true if this call created it. */
    public boolean insertIfAbsent(String userId, String key, String operation, String requestHash, Instant now) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO idempotency_key (user_id, key, operation, request_hash, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, requestHash).setParameter(5, now)
                .executeUpdate() == 1;
    }

    public Optional<IdempotencyRecord> find(String userId, String key) {
        return findByIdOptional(new IdempotencyRecord.Key(userId, key));
    }

    public long purgeOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
