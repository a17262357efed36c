package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A recorded session.")
public record SessionView(
        UUID id,
        String userId,
        @Schema(description = "1 when recorded, +1 per correction") int revision,
        @Schema(nullable = true, description = "Null for an ad-hoc session") String routineSlug,
        List<ExerciseEntry> exercises,
        @Schema(description = "completedAt as sent, with the offset of timeZone at that instant") OffsetDateTime completedAt,
        String timeZone,
        @Schema(description = "The calendar day of completedAt in timeZone") LocalDate localDate,
        @Schema(description = "The routine's kind; for an ad-hoc session STRENGTH if any exercise is a strength exercise, else MOBILITY") String kind,
        int durationMinutes,
        @Schema(nullable = true) Integer painBefore,
        @Schema(nullable = true) Integer painAfter,
        @Schema(nullable = true) Integer effort,
        @Schema(nullable = true) String notes,
        OffsetDateTime recordedAt,
        OffsetDateTime updatedAt) {
}
