package org.backhabit.progress.export;

import org.backhabit.progress.goal.GoalView;
import org.backhabit.progress.pause.PauseView;
import org.backhabit.progress.prompt.PromptView;
import org.backhabit.progress.share.AccessLogEntry;
import org.backhabit.progress.share.RecommendationView;
import org.backhabit.progress.share.ShareView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.backhabit.progress.domain.WeekSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything progress holds about one user. */
@Schema(description = "Everything progress holds about the user: goal, every week from the first session, every session fact, check-in readings, "
        + "pauses, prompts, shares with clinicians, their recommendations and every clinician read (access log). "
        + "POST /progress/me/import takes this document back (goal and pauses; sessions and check-ins come back through session-service's import).")
public record ExportDocument(String userId, GoalView goal, List<WeekSummary> weeks, List<SessionRow> sessions,
                             List<CheckInRow> checkIns, List<PauseView> pauses, List<PromptView> prompts,
                             List<ShareView> shares, List<RecommendationView> recommendations, List<AccessLogEntry> accessLog,
                             Instant exportedAt) {

    public record SessionRow(UUID sessionId, int revision, @Schema(nullable = true) String routineSlug, String kind, List<String> exerciseSlugs,
                             Instant completedAt, String timeZone, LocalDate localDate, @Schema(nullable = true) Integer durationMinutes,
                             @Schema(nullable = true) Integer painBefore, @Schema(nullable = true) Integer painAfter,
                             @Schema(nullable = true) Integer effort) {
    }

    public record CheckInRow(UUID checkInId, Instant at, String timeZone, LocalDate localDate, int painLevel, List<String> redFlags) {
    }
}
