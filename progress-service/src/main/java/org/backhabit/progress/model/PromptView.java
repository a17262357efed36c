package org.backhabit.progress.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.backhabit.progress.repository.PromptRow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@Schema(description = "A prompt raised for the user: a nudge, a milestone or safety advice. Never a diagnosis.")
public record PromptView(UUID id, String type, String severity, String title, String message, OffsetDateTime createdAt,
                         OffsetDateTime dismissedAt) {

    public static PromptView of(PromptRow row) {
        return new PromptView(row.id, row.type, row.severity, row.title, row.message, utc(row.createdAt), utc(row.dismissedAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
