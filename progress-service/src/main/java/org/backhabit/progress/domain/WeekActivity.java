package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened in one calendar week, as sums: what the projection keeps per user and week, so a
 * dashboard reads a row per week instead of every session.
 *
 * @param dayMask bit i is set when the week's day i (0 = its first day) had at least one session
 */
public record WeekActivity(LocalDate weekStart, int sessions, int dayMask, int strengthSessions, int minutes,
                           int painBeforeSum, int painBeforeCount, int painAfterSum, int painAfterCount) {

    public static WeekActivity empty(LocalDate weekStart) {
        return new WeekActivity(weekStart, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The activity of the week starting on {@code weekStart}; facts of other weeks are ignored. */
    public static WeekActivity of(LocalDate weekStart, List<SessionFact> facts) {
        WeekActivity week = empty(weekStart);
        for (SessionFact fact : facts) {
            week = week.plus(fact);
        }
        return week;
    }

    /** This week with one more session; unchanged when the session lies in another week. */
    public WeekActivity plus(SessionFact fact) {
        long day = ChronoUnit.DAYS.between(weekStart, fact.localDate());
        if (day < 0 || day >= WeekCalendar.DAYS_PER_WEEK) {
            return this;
        }
        return new WeekActivity(weekStart, sessions + 1, dayMask | (1 << day),
                strengthSessions + (fact.kind() == RoutineKind.STRENGTH ? 1 : 0), minutes + fact.durationMinutes(),
                painBeforeSum + (fact.painBefore() == null ? 0 : fact.painBefore()), painBeforeCount + (fact.painBefore() == null ? 0 : 1),
                painAfterSum + (fact.painAfter() == null ? 0 : fact.painAfter()), painAfterCount + (fact.painAfter() == null ? 0 : 1));
    }

    /** Distinct local days with at least one session: what the goal counts. */
    public int activeDays() {
        return Integer.bitCount(dayMask);
    }

    /** Whether {@code day}, a day of this week, had a session. */
    public boolean activeOn(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(weekStart, day);
        return offset >= 0 && offset < WeekCalendar.DAYS_PER_WEEK && (dayMask & (1 << offset)) != 0;
    }

    public WeekSummary summary(Goal goal, List<Pause> pauses) {
        return new WeekSummary(weekStart, sessions, activeDays(), strengthSessions, minutes,
                activeDays() >= goal.sessionsPerWeek(), WeekCalendar.isPaused(weekStart, pauses),
                mean(painBeforeSum, painBeforeCount), mean(painAfterSum, painAfterCount));
    }

    private static Double mean(int sum, int count) {
        return count == 0 ? null : Rounding.oneDecimal((double) sum / count);
    }

    /** Every week from {@code from} to {@code to} (week starts), taken from {@code known} or empty. */
    static List<WeekActivity> range(LocalDate from, LocalDate to, java.util.Map<LocalDate, WeekActivity> known) {
        List<WeekActivity> weeks = new ArrayList<>();
        for (LocalDate week = from; !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(known.getOrDefault(week, empty(week)));
        }
        return weeks;
    }
}
