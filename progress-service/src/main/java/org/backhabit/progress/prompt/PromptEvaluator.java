package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.PromptRules;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.history.ProgressLoader;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place prompts are raised: runs the rules for a user as of now (from the weekly rollups
 * and the last 28 days, not the whole history), stores what is new, and books the user's next
 * time-based evaluation for their next local midnight.
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
    public void evaluate(String userId) {
        Goal goal = history.goal(userId);
        LocalDate today = WeekCalendar.today(clock, goal.timeZone());
        store.raise(userId, PromptRules.evaluate(DashboardCalculator.snapshot(progress.state(userId, goal, today, 1), today)));
        schedule.dueAt(userId, today.plusDays(1).atStartOfDay(goal.timeZone()).toInstant());
    }
}
