package org.backhabit.progress.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.progress.repository.ProjectionRepository;
import org.backhabit.progress.service.ProgressService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Applies {@code session-events} to the projections. The event id goes into processed_event in
 * the same transaction as the change, so a redelivery changes nothing. An event that cannot be
 * read or applied throws, is rolled back and goes to the dead-letter topic; the consumer moves on.
 */
@ApplicationScoped
public class SessionEventConsumer {

    @Inject
    ProjectionRepository projections;
    @Inject
    ProgressService progress;

    @Incoming("session-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        UUID eventId = eventId(header(record, CloudEventHeaders.ID));
        if (type == null || !EventTypes.SESSION_TOPIC_TYPES.contains(type)) {
            throw new MalformedEventException("unknown event type " + type);
        }
        if (!projections.markProcessed(eventId, type)) {
            return;
        }
        String userId = apply(type, record.value());
        progress.refreshPrompts(userId);
    }

    /** @return the user the event is about */
    private String apply(String type, String json) {
        switch (type) {
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED -> {
                SessionData data = EventJson.read(json, SessionData.class);
                require(data.sessionId() != null && data.userId() != null && data.localDate() != null && data.completedAt() != null, type);
                projections.upsertSession(data);
                return data.userId();
            }
            case EventTypes.SESSION_DELETED -> {
                SessionDeletedData data = EventJson.read(json, SessionDeletedData.class);
                require(data.sessionId() != null && data.userId() != null, type);
                projections.tombstoneSession(data.sessionId(), data.userId());
                return data.userId();
            }
            default -> {
                CheckInData data = EventJson.read(json, CheckInData.class);
                require(data.checkInId() != null && data.userId() != null && data.at() != null && data.localDate() != null, type);
                projections.insertCheckIn(data);
                return data.userId();
            }
        }
    }

    private static void require(boolean condition, String type) {
        if (!condition) {
            throw new MalformedEventException(type + " is missing required fields");
        }
    }

    private static UUID eventId(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new MalformedEventException("event without a valid ce_id: " + value);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
