package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.ProgressState;
import org.backhabit.progress.domain.PromptRules;
import org.backhabit.progress.domain.UserHistory;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.history.HistoryLoader;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one place prompts are raised: runs the rules for a user as of now, stores what is new, and
 * books the user's next time-based evaluation for their next local midnight.
 */
@ApplicationScoped
public class PromptEvaluator {

    @Inject
    HistoryLoader loader;
    @Inject
    PromptStore store;
    @Inject
    PromptSchedule schedule;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(String userId) {
        UserHistory history = loader.load(userId);
        LocalDate today = WeekCalendar.today(clock, history.goal().timeZone());
        store.raise(userId, PromptRules.evaluate(DashboardCalculator.snapshot(ProgressState.of(history), today)));
        schedule.dueAt(userId, today.plusDays(1).atStartOfDay(history.goal().timeZone()).toInstant());
    }
}
