package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.PromptCandidate;
import org.backhabit.progress.domain.PromptRules;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.history.ProgressLoader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place prompts are raised: runs the rules for users as of now (from the weekly rollups
 * and the last 28 days, not the whole history), stores what is new, and books each user's next
 * time-based evaluation for their next local midnight. Users are evaluated several at a time, so
 * their goals, stored prompts and bookings take a statement each for all of them.
 */
@ApplicationScoped
public class PromptEvaluator {

    @Inject
    HistoryLoader history;
    @Inject
    ProgressLoader progress;
    @Inject
    PromptStore store;
    @Inject
    PromptSchedule schedule;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Map<String, Goal> goals = history.goals(userIds);
        Map<String, List<PromptCandidate>> candidates = new LinkedHashMap<>();
        Map<String, Instant> next = new LinkedHashMap<>();
        goals.forEach((userId, goal) -> {
            LocalDate today = WeekCalendar.today(clock, goal.timeZone());
            candidates.put(userId, PromptRules.evaluate(DashboardCalculator.snapshot(progress.state(userId, goal, today, 1), today)));
            next.put(userId, today.plusDays(1).atStartOfDay(goal.timeZone()).toInstant());
        });
        store.raise(candidates);
        schedule.dueAt(next);
    }
}
