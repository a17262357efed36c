package org.backhabit.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventKeyClient;
import org.backhabit.events.SealedPayload;
import org.backhabit.localstack.auth.DevTokens;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opens sealed event data as a consuming service does: the key comes from session-service, once per key. */
final class EventOpener {

    private final EventKeyClient client;
    private final Map<String, Optional<byte[]>> keys = new ConcurrentHashMap<>();

    EventOpener(String sessionUrl) {
        this.client = new EventKeyClient(URI.create(sessionUrl), DevTokens.withGroups("bench", "service"), Duration.ofSeconds(5));
    }

    /** @return the data as JSON, or empty when its key is gone (the person was erased) */
    Optional<String> open(ConsumerRecord<String, String> record) {
        if (!SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
            return Optional.of(record.value());
        }
        return keys.computeIfAbsent(SealedPayload.keyId(record.value()), keyId -> client.key(keyId).map(EventKeyClient.Key::secret))
                .map(key -> SealedPayload.open(record.value(), key));
    }
}
