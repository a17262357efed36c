package org.backhabit.progress.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.ProgressState;
import org.backhabit.progress.domain.RunningFigures;
import org.backhabit.progress.domain.WeekActivity;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.history.WeekRollupRepository.Row;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads what a dashboard or the prompt rules need as of a day, bounded by time rather than by
 * history: the week rows shown, the running figures of the last finished week, and the last 28
 * days' facts and readings.
 */
@ApplicationScoped
public class ProgressLoader {

    /** The longest window any figure looks back over (the pain figures' 28 days). */
    static final int RECENT_DAYS = 28;

    @Inject
    HistoryLoader history;
    @Inject
    HistoryRepository repository;
    @Inject
    WeekRollupRepository rollups;
    @Inject
    Generations generations;

    /** @param weeksShown how many weeks, ending with the current one, the state must hold */
    public ProgressState state(String userId, Goal goal, LocalDate today, int weeksShown) {
        int generation = generations.active();
        LocalDate currentWeek = WeekCalendar.weekStart(today, goal.weekStartsOn());
        Map<LocalDate, Row> rows = rollups.forReading(generation, userId, currentWeek.minusWeeks(weeksShown - 1L), currentWeek);
        RunningFigures running = rows.keySet().stream().filter(w -> w.isBefore(currentWeek)).max(LocalDate::compareTo)
                .map(w -> rows.get(w).running()).orElse(null);
        LocalDate since = today.minusDays(RECENT_DAYS - 1L);
        var checkIns = history.checkIns(userId, generation, since);
        Map<LocalDate, Double> storedScores = new HashMap<>();
        rows.forEach((week, row) -> {
            if (week.isBefore(currentWeek)) {
                storedScores.put(week, row.running().score());
            }
        });
        return new ProgressState(goal, history.pauses(userId), running, storedScores, activity(rows),
                history.sessions(userId, generation, since), HistoryLoader.readings(checkIns), HistoryLoader.redFlags(checkIns),
                repository.lastSession(userId, generation).orElse(null));
    }

    /** The activity of the weeks from {@code from} to {@code to} (week starts) that had any. */
    public Map<LocalDate, WeekActivity> weeks(String userId, LocalDate from, LocalDate to) {
        return activity(rollups.between(generations.active(), userId, from, to));
    }

    private static Map<LocalDate, WeekActivity> activity(Map<LocalDate, Row> rows) {
        Map<LocalDate, WeekActivity> weeks = new HashMap<>();
        rows.forEach((week, row) -> weeks.put(week, row.activity()));
        return weeks;
    }
}
