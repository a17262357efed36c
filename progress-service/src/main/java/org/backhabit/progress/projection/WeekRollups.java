package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.Pause;
import org.backhabit.progress.domain.RunningFigures;
import org.backhabit.progress.domain.WeekActivity;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.history.WeekRollupRepository;
import org.backhabit.progress.history.WeekRollupRepository.Row;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Keeps week_rollup in step with the facts: recomputes the sums of the weeks a change touched and
 * carries the running figures (streak, score) forward from the earliest of them. Events arrive
 * mostly in date order, so this usually rewrites one row; a goal change recomputes the user once.
 */
@ApplicationScoped
public class WeekRollups {

    @Inject
    WeekRollupRepository rollups;
    @Inject
    HistoryLoader loader;

    /**
     * After sessions on these days were recorded, corrected or deleted, by user. The users' goals and
     * pauses are read together; each user is locked in the map's order, so give a sorted map.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionsChanged(int generation, SortedMap<String, ? extends Collection<LocalDate>> daysByUser) {
        Map<String, Goal> goals = loader.goalsForRollups(daysByUser.keySet());
        Map<String, List<Pause>> pauses = loader.pauses(daysByUser.keySet());
        daysByUser.forEach((userId, days) -> {
            rollups.lock(generation, userId);
            Goal goal = goals.get(userId);
            TreeSet<LocalDate> weeks = new TreeSet<>();
            days.forEach(day -> weeks.add(WeekCalendar.weekStart(day, goal.weekStartsOn())));
            weeks.forEach(week -> rollups.refreshSums(generation, userId, week));
            carryForward(generation, userId, weeks.first(), goal, pauses.get(userId));
        });
    }

    /** After a pause from {@code from} was added or removed: the running figures change from its week on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pausesChanged(int generation, String userId, LocalDate from) {
        rollups.lock(generation, userId);
        Goal goal = loader.goalForRollups(userId);
        carryForward(generation, userId, WeekCalendar.weekStart(from, goal.weekStartsOn()), goal, loader.pauses(userId));
    }

    /** After a goal change: every week again (its sums too when the week start moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goalChanged(int generation, String userId, boolean weekStartMoved) {
        rollups.lock(generation, userId);
        Goal goal = loader.goalForRollups(userId);
        if (weekStartMoved) {
            rollups.rebuildSums(generation, userId, goal.weekStartsOn());
        }
        rollups.first(generation, userId).ifPresent(first -> carryForward(generation, userId, first, goal, loader.pauses(userId)));
    }

    /**
     * Recomputes the running figures from {@code from} to the last stored week, starting from the
     * last stored week before it; weeks missing in between are stored empty, so rows stay contiguous.
     */
    private void carryForward(int generation, String userId, LocalDate from, Goal goal, List<Pause> pauses) {
        Map<LocalDate, Row> rows = rollups.forReading(generation, userId, from, from);
        Map<LocalDate, WeekActivity> activity = new HashMap<>();
        rows.forEach((week, row) -> activity.put(week, row.activity()));
        LocalDate before = rows.keySet().stream().filter(w -> w.isBefore(from)).max(LocalDate::compareTo).orElse(null);
        RunningFigures running = before == null ? RunningFigures.before(from) : rows.get(before).running();
        LocalDate last = rows.keySet().stream().max(LocalDate::compareTo).orElse(from);
        while (running.weekStart().isBefore(last)) {
            running = running.next(activity, goal, pauses);
            rollups.saveRunning(generation, userId, activity.getOrDefault(running.weekStart(), WeekActivity.empty(running.weekStart())), running);
        }
    }
}
