package org.backhabit.session.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.session.repository.OutboxEntry;
import org.backhabit.session.repository.OutboxRepository;

import java.time.Instant;
import java.util.UUID;

/** Appends events to the outbox inside the caller's transaction, so a fact and its event commit together or not at all. */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository repository;
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
        entry.payload = EventJson.write(data);
        repository.persist(entry);
        written.fire(new OutboxWritten());
        return entry.eventId;
    }
}
