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

    /**
     * Takes over an in-flight marker whose request died: only while it is unanswered and still the
     * claim that was seen, so of two retries at most one wins, and an answer stored meanwhile stays.
     */
    public boolean takeOver(String userId, String key, Instant seenClaim, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE idempotency_key SET created_at = ?4
                        WHERE user_id = ?1 AND key = ?2 AND status IS NULL AND created_at = ?3""")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, seenClaim).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** Stores the answer, only while the claim is still this request's (a retry may have taken it over). */
    public boolean answer(String userId, String key, Instant claim, int status, String body, String location) {
        return getEntityManager().createNativeQuery("""
                        UPDATE idempotency_key SET status = ?4, response_body = ?5, location = ?6
                        WHERE user_id = ?1 AND key = ?2 AND status IS NULL AND created_at = ?3""")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, claim)
                .setParameter(4, status).setParameter(5, body).setParameter(6, location)
                .executeUpdate() == 1;
    }

    /** Frees a claim whose request failed before anything was committed. */
    public void release(String userId, String key, Instant claim) {
        delete("id = ?1 and status is null and createdAt = ?2", new IdempotencyRecord.Key(userId, key), claim);
    }

    public Optional<IdempotencyRecord> find(String userId, String key) {
        return findByIdOptional(new IdempotencyRecord.Key(userId, key));
    }

    public long purgeOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
