package org.backhabit.progress.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assembles the dashboard from a user's stored history. The streak is always computed over the
 * whole history, however few weeks are shown.
 */
public final class DashboardCalculator {

    /** Weeks shown when the request does not say. */
    public static final int DEFAULT_WEEKS = 12;

    private DashboardCalculator() {
    }

    /** The dashboard as of now on {@code clock}, "today" taken in the goal's time zone. */
    public static DashboardFigures compute(UserHistory history, Clock clock, int weeks) {
        return compute(history, WeekCalendar.today(clock, history.goal().timeZone()), weeks);
    }

    /**
     * The dashboard as of {@code today}.
     *
     * @param weeks how many weeks to list, at least 1, ending with the current week
     */
    public static DashboardFigures compute(UserHistory history, LocalDate today, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
        }
        Goal goal = history.goal();
        ProgressSnapshot snapshot = snapshot(history, today);
        LocalDate currentWeekStart = snapshot.currentWeek().weekStart();
        List<WeekSummary> shown = WeeklyConsistency.weeks(history.facts(), goal, history.pauses(),
                currentWeekStart.minusWeeks(weeks - 1L), currentWeekStart);
        // The score at the end of each shown week (today for the current one); the last is today's.
        List<LocalDate> weekEnds = shown.stream().map(w -> w.weekStart().plusDays(6)).map(d -> d.isAfter(today) ? today : d).toList();
        List<Double> scores = ConsistencyScore.scoresAt(history.facts(), goal, history.pauses(), weekEnds);
        List<ScorePoint> scoreHistory = new ArrayList<>();
        for (int i = 0; i < weekEnds.size(); i++) {
            scoreHistory.add(new ScorePoint(weekEnds.get(i), ConsistencyScore.reported(scores.get(i))));
        }
        int score = scoreHistory.get(scoreHistory.size() - 1).score();
        int rolling7Days = (int) history.facts().stream()
                .filter(f -> WeekCalendar.within(f.localDate(), today.minusDays(6), today))
                .count();
        Instant lastSessionAt = history.facts().stream()
                .map(SessionFact::completedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new DashboardFigures(today, goal, snapshot.currentWeek(), shown, snapshot.streak(), score, scoreHistory,
                rolling7Days, snapshot.pain(), PromptRules.evaluate(snapshot), lastSessionAt);
    }

    /** The figures the prompt rules need, as of {@code today}. */
    public static ProgressSnapshot snapshot(UserHistory history, LocalDate today) {
        Goal goal = history.goal();
        List<WeekSummary> allWeeks = allWeeks(history, today);
        CurrentWeek currentWeek = WeeklyConsistency.currentWeek(history.facts(), goal, history.pauses(), today);
        Streak streak = StreakCalculator.streak(allWeeks, currentWeek.weekStart());
        LocalDate streakLastWeek = StreakCalculator.lastCountedWeek(allWeeks, currentWeek.weekStart()).orElse(null);
        List<PainReading> readings = history.allPainReadings();
        PainSummary pain = PainAnalysis.summarize(readings, history.facts(), today);
        return new ProgressSnapshot(today, goal, history.facts(), readings, history.redFlagReports(),
                history.pauses(), currentWeek, streak, streakLastWeek, pain);
    }

    /** Every week from the first session's week to the current week, the current one included. */
    public static List<WeekSummary> allWeeks(UserHistory history, LocalDate today) {
        LocalDate first = history.facts().stream()
                .map(SessionFact::localDate)
                .filter(d -> !d.isAfter(today))
                .min(Comparator.naturalOrder())
                .orElse(today);
        return WeeklyConsistency.weeks(history.facts(), history.goal(), history.pauses(), first, today);
    }
}
