package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code session.deleted.v1}. A deletion is final: later events for the session change nothing. */
public record SessionDeletedData(int schemaVersion, UUID sessionId, String userId, OffsetDateTime deletedAt) {

    public static final int SCHEMA_VERSION = 1;
}
