package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code pause.deleted.v1}. A deletion is final: a recording that arrives later changes nothing. */
public record PauseDeletedData(int schemaVersion, UUID pauseId, String userId, OffsetDateTime deletedAt) {

    public static final int SCHEMA_VERSION = 1;
}
