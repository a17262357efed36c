package org.backhabit.progress.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventSchemas;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Reads a record into a {@link SessionEvent}: a known type, a ce_id, and data that passes the type's JSON Schema. */
final class EventReader {

    private EventReader() {
    }

    /** The records that can be read, in order; each other one goes to {@code unreadable} with why. */
    static List<ReadEvent> readAll(Iterable<ConsumerRecord<String, String>> records,
                                   BiConsumer<ConsumerRecord<String, String>, String> unreadable) {
        List<ReadEvent> read = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                read.add(new ReadEvent(record, read(record)));
            } catch (MalformedEventException e) {
                unreadable.accept(record, e.getMessage());
            }
        }
        return read;
    }

    /** @throws MalformedEventException saying why the record cannot be applied */
    static SessionEvent read(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        if (type == null || !EventTypes.SESSION_TOPIC_TYPES.contains(type)) {
            throw new MalformedEventException("unknown event type " + type);
        }
        UUID eventId = eventId(CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID));
        if (record.value() == null) {
            throw new MalformedEventException(type + " without data");
        }
        Set<String> violations = new TreeSet<>(EventSchemas.violations(type, record.value()));
        if (!violations.isEmpty()) {
            throw new MalformedEventException(type + " does not match its schema: " + String.join("; ", violations));
        }
        return switch (type) {
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED ->
                    new SessionEvent.Recorded(eventId, type, EventJson.read(record.value(), SessionData.class));
            case EventTypes.SESSION_DELETED -> new SessionEvent.Deleted(eventId, type, EventJson.read(record.value(), SessionDeletedData.class));
            default -> new SessionEvent.CheckedIn(eventId, type, EventJson.read(record.value(), CheckInData.class));
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
