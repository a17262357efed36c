package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Counts streaks of weeks with the goal met. Users of habit apps mostly complain about losing a
 * long streak to one bad week, so the rules forgive what they can: paused weeks are skipped (they
 * neither break nor extend a run), and the running week cannot break a streak, only add to it.
 * A week missing from the list counts as a missed week.
 */
public final class StreakCalculator {

    private StreakCalculator() {
    }

    /**
     * The current and longest streak.
     *
     * @param weeks            the whole history of weeks, including the current one and weeks without
     *                         sessions (any order; sorted here)
     * @param currentWeekStart the start of the week containing today; later weeks are ignored
     */
    public static Streak streak(List<WeekSummary> weeks, LocalDate currentWeekStart) {
        Run run = run(weeks, currentWeekStart);
        return new Streak(run.length, run.longest);
    }

    /**
     * The start of the most recent week counted in the current streak, empty when the streak is 0.
     * Tells when a streak length was reached, so a milestone is announced once per reaching.
     */
    public static Optional<LocalDate> lastCountedWeek(List<WeekSummary> weeks, LocalDate currentWeekStart) {
        return Optional.ofNullable(run(weeks, currentWeekStart).lastCounted);
    }

    private static Run run(List<WeekSummary> weeks, LocalDate currentWeekStart) {
        List<WeekSummary> sorted = weeks.stream()
                .filter(w -> !w.weekStart().isAfter(currentWeekStart))
                .sorted(Comparator.comparing(WeekSummary::weekStart))
                .toList();
        Run run = new Run();
        LocalDate expected = null;
        WeekSummary current = null;
        for (WeekSummary week : sorted) {
            if (expected != null && week.weekStart().isAfter(expected)) {
                run.breakRun(); // weeks missing from the list were not met
            }
            expected = week.weekStart().plusWeeks(1);
            if (week.weekStart().equals(currentWeekStart)) {
                current = week;
            } else {
                run.finished(week);
            }
        }
        if (expected != null && expected.isBefore(currentWeekStart)) {
            run.breakRun(); // finished weeks between the list's end and the current week were not met
        }
        if (current != null && !current.paused() && current.goalMet()) {
            run.extend(current);
        }
        return run;
    }

    /** A run of met weeks as it is walked oldest first. */
    private static final class Run {
        int length;
        int longest;
        LocalDate lastCounted;

        void finished(WeekSummary week) {
            if (week.paused()) {
                return;
            }
            if (week.goalMet()) {
                extend(week);
            } else {
                breakRun();
            }
        }

        void extend(WeekSummary week) {
            length++;
            longest = Math.max(longest, length);
            lastCounted = week.weekStart();
        }

        void breakRun() {
            length = 0;
            lastCounted = null;
        }
    }
}
