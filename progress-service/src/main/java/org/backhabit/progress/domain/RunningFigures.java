package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The streak and the habit score as they stand at the end of a week. Each week's figures follow
 * from the previous week's and the activity of the last three weeks alone, so they are kept per
 * week and a change only recomputes the weeks from the changed one on, and a reader starts from
 * the last finished week instead of the first session.
 *
 * @param weekStart   the week these figures end with
 * @param score       the raw habit score (0..1) at the end of the week's last day
 * @param streak      consecutive met weeks ending with this week, paused weeks skipped
 * @param longest     the longest such run up to this week
 * @param lastCounted the most recent week counted in {@code streak}, null when it is 0
 */
public record RunningFigures(LocalDate weekStart, double score, int streak, int longest, LocalDate lastCounted) {

    /** Nothing yet: the figures of the week before {@code firstWeekStart}. */
    public static RunningFigures before(LocalDate firstWeekStart) {
        return new RunningFigures(firstWeekStart.minusWeeks(1), 0.0, 0, 0, null);
    }

    /**
     * The figures at the end of the next week, which must have finished.
     *
     * @param activity the activity of the next week and the two before it (missing weeks count as empty)
     */
    public RunningFigures next(Map<LocalDate, WeekActivity> activity, Goal goal, List<Pause> pauses) {
        LocalDate week = weekStart.plusWeeks(1);
        double nextScore = ConsistencyScore.fold(score, week, WeekCalendar.weekEnd(week), activity::get, goal, pauses);
        WeekActivity current = activity.getOrDefault(week, WeekActivity.empty(week));
        if (WeekCalendar.isPaused(week, pauses)) {
            return new RunningFigures(week, nextScore, streak, longest, lastCounted);
        }
        if (current.activeDays() >= goal.sessionsPerWeek()) {
            return new RunningFigures(week, nextScore, streak + 1, Math.max(longest, streak + 1), week);
        }
        return new RunningFigures(week, nextScore, 0, longest, null);
    }
}
