package org.backhabit.progress.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventKeyClient;
import org.backhabit.events.EventSchemas;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.events.UserErasedData;
import org.backhabit.progress.erasure.EventKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads a record into a {@link SessionEvent}: a known type, a ce_id, and data that passes the
 * type's JSON Schema, once opened with its owner's key when it is sealed (crypto-shredding).
 */
final class EventReader {

    private EventReader() {
    }

    /**
     * The records that can be read, in order; each other one goes to {@code unreadable} with why.
     * A record sealed with a shredded key is left out: its owner was erased, and stays so, live
     * and in a rebuild alike.
     *
     * @param opener the data of a record as JSON and the key that sealed it, empty when that key was shredded
     */
    static List<ReadEvent> readAll(Iterable<ConsumerRecord<String, String>> records,
                                   Function<ConsumerRecord<String, String>, Optional<EventKeys.Opened>> opener,
                                   BiConsumer<ConsumerRecord<String, String>, String> unreadable) {
        List<ReadEvent> read = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                Optional<EventKeys.Opened> opened = opener.apply(record);
                if (opened.isPresent()) {
                    read.add(new ReadEvent(record, read(record, opened.get().json()), opened.get().keyId()));
                }
            } catch (MalformedEventException e) {
                unreadable.accept(record, e.getMessage());
            } catch (EventKeyClient.KeyServiceUnavailable e) {
                unreadable.accept(record, "the key to open it could not be fetched: " + e.getMessage());
            }
        }
        return read;
    }

    /** @throws MalformedEventException saying why the record cannot be applied */
    static SessionEvent read(ConsumerRecord<String, String> record) {
        return read(record, record.value());
    }

    /** @param json the record's data, opened when it was sealed */
    private static SessionEvent read(ConsumerRecord<String, String> record, String json) {
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        if (type == null || !EventTypes.SESSION_TOPIC_TYPES.contains(type)) {
            throw new MalformedEventException("unknown event type " + type);
        }
        UUID eventId = eventId(CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID));
        if (json == null) {
            throw new MalformedEventException(type + " without data");
        }
        Set<String> violations = new TreeSet<>(EventSchemas.violations(type, json));
        if (!violations.isEmpty()) {
            throw new MalformedEventException(type + " does not match its schema: " + String.join("; ", violations));
        }
        return switch (type) {
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED -> new SessionEvent.Recorded(eventId, type, EventJson.read(json, SessionData.class));
            case EventTypes.SESSION_DELETED -> new SessionEvent.Deleted(eventId, type, EventJson.read(json, SessionDeletedData.class));
            case EventTypes.USER_ERASED -> new SessionEvent.Erased(eventId, type, EventJson.read(json, UserErasedData.class));
            default -> new SessionEvent.CheckedIn(eventId, type, EventJson.read(json, CheckInData.class));
        };
    }

    private static UUID eventId(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new MalformedEventException("event without a valid ce_id: " + value);
        }
    }
}
