package org.backhabit.progress.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the dashboard. The streak and the score carry on from the running figures of the last
 * finished week the state holds (from the first week when it holds none), so their cost follows
 * the time since then, not the length of the history.
 */
public final class DashboardCalculator {

    /** Weeks shown when the request does not say. */
    public static final int DEFAULT_WEEKS = 12;

    private DashboardCalculator() {
    }

    /** The dashboard as of now on {@code clock}, "today" taken in the goal's time zone. */
    public static DashboardFigures compute(UserHistory history, Clock clock, int weeks) {
        return compute(ProgressState.of(history), WeekCalendar.today(clock, history.goal().timeZone()), weeks);
    }

    /** The dashboard of a whole history as of {@code today}. */
    public static DashboardFigures compute(UserHistory history, LocalDate today, int weeks) {
        return compute(ProgressState.of(history), today, weeks);
    }

    /**
     * The dashboard as of {@code today}.
     *
     * @param weeks how many weeks to list, at least 1, ending with the current week; {@code state}
     *              must hold their activity
     */
    public static DashboardFigures compute(ProgressState state, LocalDate today, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
        }
        Goal goal = state.goal();
        Progress progress = progress(state, today);
        ProgressSnapshot snapshot = snapshot(state, today, progress);
        LocalDate currentWeekStart = snapshot.currentWeek().weekStart();
        List<WeekSummary> shown = WeeklyConsistency.weeks(state.weeks(), goal, state.pauses(),
                currentWeekStart.minusWeeks(weeks - 1L), currentWeekStart);
        List<ScorePoint> scoreHistory = new ArrayList<>();
        for (WeekSummary week : shown) {
            // The score at the end of each shown week; the current week's is today's.
            scoreHistory.add(week.weekStart().equals(currentWeekStart)
                    ? new ScorePoint(today, ConsistencyScore.reported(progress.score()))
                    : new ScorePoint(WeekCalendar.weekEnd(week.weekStart()),
                    ConsistencyScore.reported(progress.weekEndScores().getOrDefault(week.weekStart(), 0.0))));
        }
        int rolling7Days = (int) state.recentFacts().stream()
                .filter(f -> WeekCalendar.within(f.localDate(), today.minusDays(6), today))
                .count();
        Instant lastSessionAt = state.lastSession() == null ? null : state.lastSession().completedAt();
        return new DashboardFigures(today, goal, snapshot.currentWeek(), shown, snapshot.streak(),
                ConsistencyScore.reported(progress.score()), scoreHistory, rolling7Days, snapshot.pain(), PromptRules.evaluate(snapshot),
                lastSessionAt);
    }

    /** The figures the prompt rules need, as of {@code today}. */
    public static ProgressSnapshot snapshot(ProgressState state, LocalDate today) {
        return snapshot(state, today, progress(state, today));
    }

    private static ProgressSnapshot snapshot(ProgressState state, LocalDate today, Progress progress) {
        Goal goal = state.goal();
        LocalDate currentWeekStart = WeekCalendar.weekStart(today, goal.weekStartsOn());
        CurrentWeek currentWeek = WeeklyConsistency.currentWeek(
                state.weeks().getOrDefault(currentWeekStart, WeekActivity.empty(currentWeekStart)), goal, state.pauses(), today);
        List<PainReading> readings = state.painReadings();
        PainSummary pain = PainAnalysis.summarize(readings, state.recentFacts(), today);
        return new ProgressSnapshot(today, goal, state.recentFacts(), readings, state.redFlagReports(), state.pauses(),
                currentWeek, progress.streak(), progress.streakLastWeek(), pain,
                state.lastSession() == null ? null : state.lastSession().localDate());
    }

    /** Every week from the first session's week to the current week, the current one included. */
    public static List<WeekSummary> allWeeks(UserHistory history, LocalDate today) {
        ProgressState state = ProgressState.of(history);
        LocalDate first = state.firstWeek();
        LocalDate from = first == null || first.isAfter(today) ? today : first;
        return WeeklyConsistency.weeks(state.weeks(), history.goal(), history.pauses(), from, today);
    }

    /** Carries the running figures through the finished weeks, then through the current week up to today. */
    private static Progress progress(ProgressState state, LocalDate today) {
        Goal goal = state.goal();
        LocalDate currentWeekStart = WeekCalendar.weekStart(today, goal.weekStartsOn());
        RunningFigures running = state.running();
        if (running == null) {
            LocalDate first = state.firstWeek();
            running = RunningFigures.before(first == null || first.isAfter(currentWeekStart) ? currentWeekStart : first);
        }
        Map<LocalDate, Double> weekEndScores = new HashMap<>(state.storedScores());
        while (running.weekStart().plusWeeks(1).isBefore(currentWeekStart)) {
            running = running.next(state.weeks(), goal, state.pauses());
            weekEndScores.put(running.weekStart(), running.score());
        }
        double score = ConsistencyScore.fold(running.score(), currentWeekStart, today, state.weeks()::get, goal, state.pauses());
        WeekActivity current = state.weeks().getOrDefault(currentWeekStart, WeekActivity.empty(currentWeekStart));
        // The running week adds to the streak once its goal is met and breaks nothing while it runs.
        if (!WeekCalendar.isPaused(currentWeekStart, state.pauses()) && current.activeDays() >= goal.sessionsPerWeek()) {
            int streak = running.streak() + 1;
            return new Progress(score, new Streak(streak, Math.max(running.longest(), streak)), currentWeekStart, weekEndScores);
        }
        return new Progress(score, new Streak(running.streak(), running.longest()), running.lastCounted(), weekEndScores);
    }

    /** @param weekEndScores the raw score at the end of each finished week carried through or stored, by week start */
    private record Progress(double score, Streak streak, LocalDate streakLastWeek, Map<LocalDate, Double> weekEndScores) {
    }
}
