package org.backhabit.progress.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.progress.erasure.EventKeys;
import org.backhabit.progress.repository.ProjectionRepository;

import java.util.Optional;
import java.util.UUID;

/** Applies one session-events record to one projection generation; shared by the live consumer and the rebuild. */
@ApplicationScoped
public class EventProjector {

    @Inject
    ProjectionRepository projections;
    @Inject
    EventKeys keys;

    /**
     * @return the user the event is about, or empty when this generation had applied it already
     * @throws MalformedEventException when the record cannot be read; it leaves the transaction
     *         usable, so a rebuild can skip the record (the live consumer rolls back and dead-letters it)
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public Optional<String> apply(int generation, ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        UUID eventId = eventId(CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID));
        if (type == null || !EventTypes.SESSION_TOPIC_TYPES.contains(type)) {
            throw new MalformedEventException("unknown event type " + type);
        }
        if (!projections.markProcessed(generation, eventId, type) || EventTypes.USER_ERASED.equals(type)) {
            // An erasure is acted on by the live consumer only (UserErasure); replayed, it has nothing left to delete.
            return Optional.empty();
        }
        Optional<EventKeys.Opened> opened = keys.open(record);
        if (opened.isEmpty()) {
            // Sealed with a shredded key: its owner was erased and stays so.
            return Optional.empty();
        }
        String userId = apply(generation, type, opened.get().json());
        keys.remember(userId, opened.get().keyId());
        return Optional.of(userId);
    }

    private String apply(int generation, String type, String json) {
        switch (type) {
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED -> {
                SessionData data = EventJson.read(json, SessionData.class);
                require(data.sessionId() != null && data.userId() != null && data.localDate() != null
                        && data.completedAt() != null && data.kind() != null && data.timeZone() != null, type);
                projections.upsertSession(generation, data);
                return data.userId();
            }
            case EventTypes.SESSION_DELETED -> {
                SessionDeletedData data = EventJson.read(json, SessionDeletedData.class);
                require(data.sessionId() != null && data.userId() != null, type);
                projections.tombstoneSession(generation, data.sessionId(), data.userId());
                return data.userId();
            }
            default -> {
                CheckInData data = EventJson.read(json, CheckInData.class);
                require(data.checkInId() != null && data.userId() != null && data.at() != null
                        && data.localDate() != null && data.timeZone() != null, type);
                projections.insertCheckIn(generation, data);
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
}
