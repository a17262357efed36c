package org.backhabit.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every number of the dashboard for one moment, so the REST layer only maps fields.
 *
 * @param weeks            the requested number of weeks, oldest first, ending with the current week
 * @param consistencyScore 0..100
 * @param scoreHistory     the score at the end of each listed week (today for the current one)
 * @param rolling7Days     sessions whose local date lies in [today-6, today]
 * @param prompts          candidates, most severe first; the caller deduplicates them
 * @param lastSessionAt    the latest completedAt, null without sessions
 */
public record DashboardFigures(LocalDate today, Goal goal, CurrentWeek currentWeek, List<WeekSummary> weeks,
                               Streak streak, int consistencyScore, List<ScorePoint> scoreHistory, int rolling7Days, PainSummary pain,
                               List<PromptCandidate> prompts, Instant lastSessionAt) {

    public DashboardFigures {
        weeks = List.copyOf(weeks);
        scoreHistory = List.copyOf(scoreHistory);
        prompts = List.copyOf(prompts);
    }
}
