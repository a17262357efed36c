package org.backhabit.progress.erasure;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventKeyClient;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.SealedRecords;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Opens sealed event data with its owner's key (crypto-shredding, see session-service). A key
 * that no longer exists means its owner was erased: the event is then skipped, live and in a
 * rebuild alike, so an erased person never comes back. Keys, and which is each user's newest, are
 * cached; an erasure forgets them.
 */
@ApplicationScoped
public class EventKeys {

    /** Event data ready to apply, and the key it was sealed with (null for plain data). */
    public record Opened(String json, String keyId) {
    }

    @Inject
    EventKeyFetcher fetcher;
    @Inject
    @CacheName("event-keys")
    Cache cache;
    /** Each user's newest key id, as {@code user_event_key} holds it. */
    @Inject
    @CacheName("user-event-keys")
    Cache userKeys;
    @Inject
    EntityManager em;

    /**
     * Fetches, in one call, the keys the batch's sealed records name that are not cached yet, so
     * opening them asks session-service nothing more. If it cannot be asked, each record asks for
     * its own key when opened and fails as that fetch does.
     */
    public void prefetch(Iterable<ConsumerRecord<String, String>> records) {
        CaffeineCache keys = cache.as(CaffeineCache.class);
        Set<String> missing = SealedRecords.keyIds(records).stream().filter(id -> keys.getIfPresent(id) == null)
                .collect(Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        try {
            Map<String, byte[]> found = fetcher.fetchAll(missing);
            missing.forEach(id -> keys.put(id, CompletableFuture.completedFuture(Optional.ofNullable(found.get(id)))));
        } catch (EventKeyClient.KeyServiceUnavailable e) {
            // opening asks again, key by key
        }
    }

    /**
     * @return the data as JSON, or empty when it was sealed with a key that was shredded
     * @throws org.backhabit.events.MalformedEventException when sealed data is not a valid envelope or the key does not open it
     * @throws EventKeyClient.KeyServiceUnavailable when the key service cannot be asked
     */
    public Optional<Opened> open(ConsumerRecord<String, String> record) {
        if (!SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
            return Optional.of(new Opened(record.value(), null));
        }
        String keyId = SealedPayload.keyId(record.value());
        Optional<byte[]> key = cache.get(keyId, fetcher::fetch).await().indefinitely();
        return key.map(k -> new Opened(SealedPayload.open(record.value(), k), keyId));
    }

    /**
     * Seals {@code json} about the user with their current key (the one their newest sealed event
     * named, else one session-service hands out), so their erasure shreds it too.
     *
     * @return the sealed value, or empty when the user's key was shredded meanwhile: nothing is to be published about them
     */
    public Optional<String> sealFor(String userId, String json) {
        Optional<String> newest = userKeys.get(userId, this::newestStored).await().indefinitely();
        if (newest.isEmpty()) {
            EventKeyClient.Key current = fetcher.forUser(userId);
            QuarkusTransaction.requiringNew().run(() -> remember(userId, current.keyId()));
            return Optional.of(SealedPayload.seal(current.keyId(), current.secret(), json));
        }
        String keyId = newest.get();
        return cache.get(keyId, fetcher::fetch).await().indefinitely().map(k -> SealedPayload.seal(keyId, k, json));
    }

    private Optional<String> newestStored(String userId) {
        @SuppressWarnings("unchecked")
        List<String> newest = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT key_id FROM user_event_key WHERE user_id = ?1 ORDER BY seen_at DESC LIMIT 1")
                .setParameter(1, userId).getResultList());
        return newest.stream().findFirst();
    }

    /**
     * Notes which key a user's events are sealed with, in the caller's transaction, and keeps it at
     * hand for {@link #sealFor}: a prompt about someone whose events were just applied then costs no query.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String userId, String keyId) {
        if (keyId != null) {
            em.createNativeQuery("INSERT INTO user_event_key (user_id, key_id) VALUES (?1, ?2) ON CONFLICT (user_id, key_id) DO UPDATE SET seen_at = now()")
                    .setParameter(1, userId).setParameter(2, keyId).executeUpdate();
            userKeys.as(CaffeineCache.class).put(userId, CompletableFuture.completedFuture(Optional.of(keyId)));
        }
    }

    /** Forgets every key of the user, from the table and from the cache. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String userId) {
        @SuppressWarnings("unchecked")
        List<String> keyIds = em.createNativeQuery("SELECT key_id FROM user_event_key WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        em.createNativeQuery("DELETE FROM user_event_key WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        keyIds.forEach(id -> cache.invalidate(id).await().indefinitely());
        userKeys.invalidate(userId).await().indefinitely();
    }
}
