package org.backhabit.notification.erasure;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventKeyClient;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.SealedRecords;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Opens sealed event data (prompts, sessions, pauses) with its owner's key from session-service
 * (crypto-shredding). A key that no longer exists means its owner was erased, and the record is
 * dropped, so nothing of theirs comes back after the erasure. Keys are cached; an erasure empties
 * the cache, so a key shredded a moment ago is asked for again.
 */
@ApplicationScoped
public class EventKeys {

    @Inject
    EventKeyFetcher fetcher;
    @Inject
    @CacheName("event-keys")
    Cache cache;

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
     * @return the data as JSON (as it is when the record is not sealed), or empty when it was sealed with a shredded key
     * @throws org.backhabit.events.MalformedEventException when sealed data is not a valid envelope or the key does not open it
     * @throws org.backhabit.events.EventKeyClient.KeyServiceUnavailable when the key service cannot be asked
     */
    public Optional<String> open(ConsumerRecord<String, String> record) {
        if (!SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
            return Optional.of(record.value());
        }
        String keyId = SealedPayload.keyId(record.value());
        Optional<byte[]> key = cache.get(keyId, fetcher::fetch).await().indefinitely();
        return key.map(k -> SealedPayload.open(record.value(), k));
    }

    /** Erasures are rare: forgetting every cached key is simpler than tracking whose key is whose. */
    void forgetAll() {
        cache.invalidateAll().await().indefinitely();
    }
}
