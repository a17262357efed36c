package org.backhabit.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code pause.recorded.v1} on {@code progress-pauses}: a person paused their habit for
 * these local days (both inclusive), so nothing should nudge them then.
 */
public record PauseData(
        int schemaVersion,
        UUID pauseId,
        String userId,
        LocalDate from,
        LocalDate to,
        String reason,
        OffsetDateTime recordedAt) {

    public static final int SCHEMA_VERSION = 1;
}
