package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents attributes plus its JSON data.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param source  URI reference of the producing service, e.g. {@code /session-service}
 * @param type    one of {@link EventTypes}
 * @param time    when the fact happened (not when it was published)
 * @param subject the user id, also the Kafka record key so a user's events stay in order
 * @param data    the JSON payload
 */
public record CloudEvent(UUID id, String source, String type, OffsetDateTime time, String subject, String data) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }
}
