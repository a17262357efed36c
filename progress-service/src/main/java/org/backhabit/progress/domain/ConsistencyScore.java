package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loop Habit Tracker's habit score: an exponential moving average of how well the last 14 days met
 * the goal. Unlike a streak it never drops to zero over one missed week, and it rises slowly, so it
 * rewards a habit kept over months.
 *
 * <p>With goal n per week, f = n/7 and m = 0.5^(sqrt(f)/13). For each local day d from the first
 * session's date to today: pc_d = min(1, activeDays in [d-13, d] / (2n)) and
 * score_d = score_(d-1)·m + pc_d·(1-m), starting from 0. A paused day carries the score unchanged.
 */
public final class ConsistencyScore {

    private static final int WINDOW_DAYS = 14;

    private ConsistencyScore() {
    }

    /** The raw score in [0, 1] as of {@code today}; 0 without sessions on or before today. */
    public static double score(List<SessionFact> facts, Goal goal, List<Pause> pauses, LocalDate today) {
        Set<LocalDate> activeDays = new HashSet<>();
        LocalDate first = null;
        for (SessionFact fact : facts) {
            activeDays.add(fact.localDate());
            if (first == null || fact.localDate().isBefore(first)) {
                first = fact.localDate();
            }
        }
        if (first == null || first.isAfter(today)) {
            return 0.0;
        }
        int n = goal.sessionsPerWeek();
        double m = multiplier(n);
        double score = 0.0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (WeekCalendar.isPausedDay(d, pauses)) {
                continue;
            }
            score = step(score, activeDaysInWindow(activeDays, d), n, m);
        }
        return score;
    }

    /**
     * Carries {@code score} through the days {@code from}..{@code to}.
     *
     * @param weeks the activity by week start; must hold the weeks of {@code from - 13} to {@code to}
     *              that had sessions (an absent week had none)
     */
    static double fold(double score, LocalDate from, LocalDate to, java.util.function.Function<LocalDate, WeekActivity> weeks,
                       Goal goal, List<Pause> pauses) {
        int n = goal.sessionsPerWeek();
        double m = multiplier(n);
        double result = score;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (WeekCalendar.isPausedDay(d, pauses)) {
                continue;
            }
            int active = 0;
            for (int i = 0; i < WINDOW_DAYS; i++) {
                LocalDate day = d.minusDays(i);
                WeekActivity week = weeks.apply(WeekCalendar.weekStart(day, goal.weekStartsOn()));
                if (week != null && week.activeOn(day)) {
                    active++;
                }
            }
            result = step(result, active, n, m);
        }
        return result;
    }

    /** One day of Loop's rule: yesterday's score decays by m and the day's completion adds (1-m) of itself. */
    private static double step(double score, int activeDaysInWindow, int n, double m) {
        double pc = Math.min(1.0, activeDaysInWindow / (2.0 * n));
        return score * m + pc * (1 - m);
    }

    /** The score as the dashboard shows it, 0..100. */
    public static int reported(double score) {
        return (int) Math.round(100 * score);
    }

    /** m = 0.5^(sqrt(n/7)/13): how much of yesterday's score survives one day. */
    static double multiplier(int sessionsPerWeek) {
        double f = sessionsPerWeek / 7.0;
        return Math.pow(0.5, Math.sqrt(f) / 13.0);
    }

    private static int activeDaysInWindow(Set<LocalDate> activeDays, LocalDate d) {
        int count = 0;
        for (int i = 0; i < WINDOW_DAYS; i++) {
            if (activeDays.contains(d.minusDays(i))) {
                count++;
            }
        }
        return count;
    }
}
