package org.backhabit.progress.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.InvalidGoalException;
import org.backhabit.progress.history.Generations;
import org.backhabit.progress.history.HistoryChanged;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.projection.WeekRollups;

import java.time.Clock;

/** Reads and changes the goal; a change recomputes the user's weekly rollups once and re-evaluates their prompts. */
@ApplicationScoped
public class GoalService {

    @Inject
    HistoryLoader loader;
    @Inject
    GoalRepository goals;
    @Inject
    WeekRollups rollups;
    @Inject
    Generations generations;
    @Inject
    Event<HistoryChanged> changed;
    @Inject
    Clock clock;

    @Transactional
    public Goal goal(String userId) {
        return loader.goal(userId);
    }

    /** @throws ProblemException 400 naming the field the goal's rules refuse */
    @Transactional
    public Goal change(String userId, GoalView requested) {
        Goal goal;
        try {
            goal = Goal.parse(requested.sessionsPerWeek(), requested.timeZone(), requested.weekStartsOn());
        } catch (InvalidGoalException e) {
            throw ProblemException.badRequest(e.field(), e.reason());
        }
        Goal before = loader.goalForRollups(userId);
        goals.save(userId, goal, clock.instant());
        for (int generation : generations.writeTargets()) {
            rollups.goalChanged(generation, userId, before.weekStartsOn() != goal.weekStartsOn());
        }
        changed.fire(HistoryChanged.of(userId));
        return goal;
    }
}
