package org.backhabit.progress.dashboard;

import org.backhabit.progress.prompt.PromptView;
import org.backhabit.progress.goal.GoalView;

import org.backhabit.progress.domain.CurrentWeek;
import org.backhabit.progress.domain.DashboardFigures;
import org.backhabit.progress.domain.PainSummary;
import org.backhabit.progress.domain.ScorePoint;
import org.backhabit.progress.domain.Streak;
import org.backhabit.progress.domain.WeekSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "Everything a progress dashboard shows, in the user's goal time zone.")
public record Dashboard(
        GoalView goal,
        CurrentWeek currentWeek,
        @Schema(description = "Oldest first, ending with the current week, empty weeks included") List<WeekSummary> weeks,
        Streak streak,
        @Schema(description = "0-100, Loop Habit Tracker's habit score for the weekly goal") int consistencyScore,
        @Schema(description = "The score at the end of each listed week (today for the current one), oldest first") List<ScorePoint> consistencyHistory,
        @Schema(description = "Sessions in the last 7 local days, today included") int rolling7Days,
        PainSummary pain,
        List<PromptView> prompts,
        @Schema(nullable = true, description = "Null before the first session") OffsetDateTime lastSessionAt,
        OffsetDateTime asOf) {

    public static Dashboard of(DashboardFigures f, List<PromptView> prompts, Instant now) {
        GoalView goal = GoalView.of(f.goal());
        return new Dashboard(goal, f.currentWeek(), f.weeks(), f.streak(), f.consistencyScore(), f.scoreHistory(), f.rolling7Days(), f.pain(),
                prompts, f.lastSessionAt() == null ? null : f.lastSessionAt().atZone(f.goal().timeZone()).toOffsetDateTime(),
                now.atZone(f.goal().timeZone()).toOffsetDateTime());
    }
}
