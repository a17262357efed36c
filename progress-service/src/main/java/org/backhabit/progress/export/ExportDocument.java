package org.backhabit.progress.export;

import org.backhabit.progress.goal.GoalView;
import org.backhabit.progress.pause.PauseView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.backhabit.progress.domain.WeekSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything progress holds about one user. */
@Schema(description = "Everything progress holds about the user: goal, every week from the first session, every session fact, check-in readings and pauses.")
public record ExportDocument(String userId, GoalView goal, List<WeekSummary> weeks, List<SessionRow> sessions,
                             List<CheckInRow> checkIns, List<PauseView> pauses, Instant exportedAt) {

    public record SessionRow(UUID sessionId, int revision, @Schema(nullable = true) String routineSlug, String kind, List<String> exerciseSlugs,
                             Instant completedAt, String timeZone, LocalDate localDate, @Schema(nullable = true) Integer durationMinutes,
                             @Schema(nullable = true) Integer painBefore, @Schema(nullable = true) Integer painAfter,
                             @Schema(nullable = true) Integer effort) {
    }

    public record CheckInRow(UUID checkInId, Instant at, String timeZone, LocalDate localDate, int painLevel, List<String> redFlags) {
    }
}
