package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code prompt.raised.v1} on {@code progress-prompts}, for notification senders. */
public record PromptData(
        int schemaVersion,
        UUID promptId,
        String userId,
        String type,
        String severity,
        String title,
        String message,
        OffsetDateTime createdAt) {

    public static final int SCHEMA_VERSION = 1;
}
