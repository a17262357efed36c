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
import org.backhabit.progress.history.WeekRollupRepository.UserWeek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Keeps week_rollup in step with the facts: recomputes the sums of the weeks a change touched and
 * carries the running figures (streak, score) forward from the earliest of them. Events arrive
 * mostly in date order, so this usually rewrites one row per user; a goal change recomputes the
 * user once.
 */
@ApplicationScoped
public class WeekRollups {

    @Inject
    WeekRollupRepository rollups;
    @Inject
    HistoryLoader loader;

    /**
     * After sessions on these days were recorded, corrected or deleted, by user: a batch's users
     * together, in a handful of statements whatever their number. Users are locked in the map's
     * order, so every writer takes them in one order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionsChanged(int generation, SortedMap<String, ? extends Collection<LocalDate>> daysByUser) {
        rollups.lock(generation, daysByUser.keySet());
        Map<String, Goal> goals = loader.goalsForRollups(daysByUser.keySet());
        List<UserWeek> touched = new ArrayList<>();
        Map<String, LocalDate> fromByUser = new LinkedHashMap<>();
        daysByUser.forEach((userId, days) -> {
            TreeSet<LocalDate> weeks = new TreeSet<>();
            days.forEach(day -> weeks.add(WeekCalendar.weekStart(day, goals.get(userId).weekStartsOn())));
            weeks.forEach(week -> touched.add(new UserWeek(userId, week)));
            fromByUser.put(userId, weeks.first());
        });
        rollups.refreshSums(generation, touched);
        carryForward(generation, fromByUser, goals, loader.pauses(daysByUser.keySet()));
    }

    /** After a pause from {@code from} was added or removed: the running figures change from its week on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pausesChanged(int generation, String userId, LocalDate from) {
        rollups.lock(generation, userId);
        Goal goal = loader.goalForRollups(userId);
        carryForward(generation, Map.of(userId, WeekCalendar.weekStart(from, goal.weekStartsOn())), Map.of(userId, goal),
                Map.of(userId, loader.pauses(userId)));
    }

    /** After a goal change: every week again (its sums too when the week start moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void goalChanged(int generation, String userId, boolean weekStartMoved) {
        rollups.lock(generation, userId);
        Goal goal = loader.goalForRollups(userId);
        if (weekStartMoved) {
            rollups.rebuildSums(generation, userId, goal.weekStartsOn());
        }
        rollups.first(generation, userId).ifPresent(first -> carryForward(generation, Map.of(userId, first), Map.of(userId, goal),
                Map.of(userId, loader.pauses(userId))));
    }

    /** Recomputes each user's running figures from its week on, reading and writing all users' rows in one statement each. */
    private void carryForward(int generation, Map<String, LocalDate> fromByUser, Map<String, Goal> goals, Map<String, List<Pause>> pauses) {
        Map<String, Map<LocalDate, Row>> stored = rollups.forCarrying(generation, fromByUser);
        Map<String, List<Row>> carried = new LinkedHashMap<>();
        fromByUser.forEach((userId, from) -> carried.put(userId,
                carried(from, stored.getOrDefault(userId, Map.of()), goals.get(userId), pauses.get(userId))));
        rollups.saveRunning(generation, carried);
    }

    /**
     * The running figures from {@code from} to the last stored week, starting from the last stored
     * week before it; weeks missing in between come back empty, so rows stay contiguous.
     */
    private static List<Row> carried(LocalDate from, Map<LocalDate, Row> rows, Goal goal, List<Pause> pauses) {
        Map<LocalDate, WeekActivity> activity = new HashMap<>();
        rows.forEach((week, row) -> activity.put(week, row.activity()));
        LocalDate before = rows.keySet().stream().filter(w -> w.isBefore(from)).max(LocalDate::compareTo).orElse(null);
        RunningFigures running = before == null ? RunningFigures.before(from) : rows.get(before).running();
        LocalDate last = rows.keySet().stream().max(LocalDate::compareTo).orElse(from);
        List<Row> carried = new ArrayList<>();
        while (running.weekStart().isBefore(last)) {
            running = running.next(activity, goal, pauses);
            carried.add(new Row(activity.getOrDefault(running.weekStart(), WeekActivity.empty(running.weekStart())), running));
        }
        return carried;
    }
}
