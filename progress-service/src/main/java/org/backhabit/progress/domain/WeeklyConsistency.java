package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds session facts into calendar weeks. The goal counts active days rather than sessions, so
 * three routines on one evening make one active day.
 */
public final class WeeklyConsistency {

    private WeeklyConsistency() {
    }

    /**
     * Every week from the one containing {@code fromWeekStart} to the one containing
     * {@code toWeekStart}, oldest first, including weeks without sessions. Either date may be any day
     * of its week; an empty list when {@code from} lies after {@code to}.
     */
    public static List<WeekSummary> weeks(List<SessionFact> facts, Goal goal, List<Pause> pauses,
                                          LocalDate fromWeekStart, LocalDate toWeekStart) {
        Map<LocalDate, WeekActivity> byWeek = new HashMap<>();
        for (SessionFact fact : facts) {
            LocalDate week = WeekCalendar.weekStart(fact.localDate(), goal.weekStartsOn());
            byWeek.put(week, byWeek.getOrDefault(week, WeekActivity.empty(week)).plus(fact));
        }
        return weeks(byWeek, goal, pauses, fromWeekStart, toWeekStart);
    }

    /** As {@link #weeks(List, Goal, List, LocalDate, LocalDate)}, from weekly activity (an absent week had none). */
    public static List<WeekSummary> weeks(Map<LocalDate, WeekActivity> activity, Goal goal, List<Pause> pauses,
                                          LocalDate fromWeekStart, LocalDate toWeekStart) {
        return WeekActivity.range(WeekCalendar.weekStart(fromWeekStart, goal.weekStartsOn()),
                        WeekCalendar.weekStart(toWeekStart, goal.weekStartsOn()), activity).stream()
                .map(week -> week.summary(goal, pauses))
                .toList();
    }

    /** The figures of the single week that starts on {@code weekStart}; facts of other weeks are ignored. */
    public static WeekSummary week(List<SessionFact> facts, Goal goal, List<Pause> pauses, LocalDate weekStart) {
        return WeekActivity.of(weekStart, facts).summary(goal, pauses);
    }

    /** The week containing {@code today}, with what is still needed and how many days are left for it. */
    public static CurrentWeek currentWeek(List<SessionFact> facts, Goal goal, List<Pause> pauses, LocalDate today) {
        return currentWeek(WeekActivity.of(WeekCalendar.weekStart(today, goal.weekStartsOn()), facts), goal, pauses, today);
    }

    /** The current week from its activity; {@code today} must lie in it. */
    public static CurrentWeek currentWeek(WeekActivity activity, Goal goal, List<Pause> pauses, LocalDate today) {
        WeekSummary week = activity.summary(goal, pauses);
        int remaining = Math.max(0, goal.sessionsPerWeek() - week.activeDays());
        int daysLeft = WeekCalendar.DAYS_PER_WEEK - (int) ChronoUnit.DAYS.between(activity.weekStart(), today);
        return new CurrentWeek(activity.weekStart(), week.sessions(), week.activeDays(), week.strengthSessions(),
                week.minutes(), goal.sessionsPerWeek(), week.goalMet(), remaining, daysLeft, week.paused());
    }
}
