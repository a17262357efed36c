package org.backhabit.session.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SealedPayload;
import org.backhabit.session.repository.OutboxEntry;
import org.backhabit.session.repository.OutboxRepository;

import java.time.Instant;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction, so a fact and its event commit
 * together or not at all. Event data about a person is sealed with that person's key
 * ({@link UserKeys}); only {@code user.erased.v1}, which carries nothing but the user id, stays plain.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository repository;
    @Inject
    UserKeys keys;
    @Inject
    Event<OutboxWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String userId, Instant occurredAt, Object data) {
        if (!EventTypes.SESSION_TOPIC_TYPES.contains(type)) {
            throw new IllegalArgumentException("not a session-events type: " + type);
        }
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = UUID.randomUUID();
        entry.type = type;
        entry.subject = userId;
        entry.occurredAt = occurredAt;
        String json = EventJson.write(data);
        if (EventTypes.USER_ERASED.equals(type)) {
            entry.payload = json;
            entry.contentType = CloudEventHeaders.JSON;
        } else {
            UserKeys.UserKey key = keys.keyFor(userId);
            entry.payload = SealedPayload.seal(key.keyId().toString(), key.secret(), json);
            entry.contentType = SealedPayload.CONTENT_TYPE;
        }
        repository.persist(entry);
        written.fire(new OutboxWritten());
        return entry.eventId;
    }
}
