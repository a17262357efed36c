package org.backhabit.progress.prompt;

import org.backhabit.progress.domain.PromptWording;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@Schema(description = "A prompt raised for the user: a nudge, a milestone or safety advice. Never a diagnosis. Title and message "
        + "are in the language the request asked for (Accept-Language: en or de, English otherwise); messageKey and params "
        + "let a front end word it itself.")
public record PromptView(
        UUID id,
        String type,
        String severity,
        @Schema(description = "Stable key of the wording; null only for prompts stored before keys existed", nullable = true,
                example = "weekly-goal-at-risk.within-reach") String messageKey,
        @Schema(description = "Values the wording uses, e.g. remaining and daysLeft, averagePain and sessions, or the red-flag codes",
                example = "{\"remaining\": 2, \"daysLeft\": 3}") Map<String, Object> params,
        String title,
        String message,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime dismissedAt) {

    /** @param language a language of {@link PromptWording#LANGUAGES} (English for any other) */
    public static PromptView of(PromptRow row, String language) {
        PromptWording.Text text = row.messageKey != null && PromptWording.knows(row.messageKey)
                ? PromptWording.render(row.messageKey, row.params, language)
                : new PromptWording.Text(row.title, row.message);
        return new PromptView(row.id, row.type, row.severity, row.messageKey, row.params == null ? Map.of() : row.params,
                text.title(), text.message(), utc(row.createdAt), utc(row.dismissedAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
