package org.backhabit.session;

import io.quarkus.arc.Arc;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.SealedPayload;
import org.backhabit.session.event.UserKeys;

import java.util.UUID;

/** Event data as a reader holding the key sees it: a sealed record is opened with its user's key. */
final class EventData {

    private EventData() {
    }

    static String of(ConsumerRecord<String, String> record) {
        if (!SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
            return record.value();
        }
        UserKeys keys = Arc.container().instance(UserKeys.class).get();
        UserKeys.UserKey key = keys.byKeyId(UUID.fromString(SealedPayload.keyId(record.value()))).orElseThrow();
        return SealedPayload.open(record.value(), key.secret());
    }
}
