package org.backhabit.session.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.events.SealedPayload;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each person's event key (crypto-shredding). Created on the person's first event, handed to
 * trusted consumers by key id, and deleted on erasure: from then on nothing sealed with it can be
 * read by anyone. A person who comes back after an erasure gets a new key with a new id.
 */
@ApplicationScoped
public class UserKeys {

    public record UserKey(UUID keyId, byte[] secret) {
    }

    @Inject
    EntityManager em;

    /** The user's key, created in the caller's transaction if the user has none (concurrent callers agree on one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserKey keyFor(String userId) {
        em.createNativeQuery("INSERT INTO user_key (user_id, key_id, secret) VALUES (?1, ?2, ?3) ON CONFLICT (user_id) DO NOTHING")
                .setParameter(1, userId).setParameter(2, UUID.randomUUID()).setParameter(3, SealedPayload.newKey()).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT key_id, secret FROM user_key WHERE user_id = ?1")
                .setParameter(1, userId).getSingleResult();
        return new UserKey((UUID) row[0], (byte[]) row[1]);
    }

    @Transactional
    public Optional<UserKey> byKeyId(UUID keyId) {
        List<?> rows = em.createNativeQuery("SELECT key_id, secret FROM user_key WHERE key_id = ?1").setParameter(1, keyId).getResultList();
        return rows.stream().findFirst().map(r -> new UserKey((UUID) ((Object[]) r)[0], (byte[]) ((Object[]) r)[1]));
    }

    /** The keys of {@code keyIds} that exist (one query for a consumer's whole batch). */
    @Transactional
    public List<UserKey> byKeyIds(Collection<UUID> keyIds) {
        List<?> rows = em.createNativeQuery("SELECT key_id, secret FROM user_key WHERE key_id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, keyIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new UserKey((UUID) ((Object[]) r)[0], (byte[]) ((Object[]) r)[1])).toList();
    }

    /** Shreds the key: every event sealed with it becomes unreadable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shred(String userId) {
        em.createNativeQuery("DELETE FROM user_key WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }
}
