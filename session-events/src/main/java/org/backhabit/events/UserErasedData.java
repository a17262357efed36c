package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code user.erased.v1}: the person asked for (or an administrator ordered) the erasure
 * of everything held about them. Every service that keeps data about people deletes theirs when
 * it reads this event, and must do so idempotently (the event may come twice, and a later
 * erasure of the same user is a new event). It carries nothing but the opaque user id, so it may
 * stay readable in the log as the record that the erasure happened.
 */
public record UserErasedData(int schemaVersion, UUID erasureId, String userId, OffsetDateTime requestedAt) {

    public static final int SCHEMA_VERSION = 1;
}
