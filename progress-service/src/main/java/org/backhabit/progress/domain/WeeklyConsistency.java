package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        LocalDate first = WeekCalendar.weekStart(fromWeekStart, goal.weekStartsOn());
        LocalDate last = WeekCalendar.weekStart(toWeekStart, goal.weekStartsOn());
        Map<LocalDate, List<SessionFact>> byWeek = new HashMap<>();
        for (SessionFact fact : facts) {
            byWeek.computeIfAbsent(WeekCalendar.weekStart(fact.localDate(), goal.weekStartsOn()),
                    w -> new ArrayList<>()).add(fact);
        }
        List<WeekSummary> result = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            result.add(week(byWeek.getOrDefault(week, List.of()), goal, pauses, week));
        }
        return result;
    }

    /** The figures of the single week that starts on {@code weekStart}; facts of other weeks are ignored. */
    public static WeekSummary week(List<SessionFact> facts, Goal goal, List<Pause> pauses, LocalDate weekStart) {
        LocalDate weekEnd = WeekCalendar.weekEnd(weekStart);
        int sessions = 0;
        int strength = 0;
        int minutes = 0;
        Set<LocalDate> activeDays = new HashSet<>();
        List<Integer> painBefore = new ArrayList<>();
        List<Integer> painAfter = new ArrayList<>();
        for (SessionFact fact : facts) {
            if (!WeekCalendar.within(fact.localDate(), weekStart, weekEnd)) {
                continue;
            }
            sessions++;
            activeDays.add(fact.localDate());
            if (fact.kind() == RoutineKind.STRENGTH) {
                strength++;
            }
            minutes += fact.durationMinutes();
            if (fact.painBefore() != null) {
                painBefore.add(fact.painBefore());
            }
            if (fact.painAfter() != null) {
                painAfter.add(fact.painAfter());
            }
        }
        return new WeekSummary(weekStart, sessions, activeDays.size(), strength, minutes,
                activeDays.size() >= goal.sessionsPerWeek(), WeekCalendar.isPaused(weekStart, pauses),
                Rounding.meanOneDecimal(painBefore), Rounding.meanOneDecimal(painAfter));
    }

    /** The week containing {@code today}, with what is still needed and how many days are left for it. */
    public static CurrentWeek currentWeek(List<SessionFact> facts, Goal goal, List<Pause> pauses, LocalDate today) {
        LocalDate weekStart = WeekCalendar.weekStart(today, goal.weekStartsOn());
        WeekSummary week = week(facts, goal, pauses, weekStart);
        int remaining = Math.max(0, goal.sessionsPerWeek() - week.activeDays());
        int daysLeft = WeekCalendar.DAYS_PER_WEEK - (int) ChronoUnit.DAYS.between(weekStart, today);
        return new CurrentWeek(weekStart, week.sessions(), week.activeDays(), week.strengthSessions(),
                week.minutes(), goal.sessionsPerWeek(), week.goalMet(), remaining, daysLeft, week.paused());
    }
}
