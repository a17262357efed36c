package org.backhabit.progress.prompt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Raises the prompts that become true with time alone (COMEBACK, WEEKLY_GOAL_AT_RISK, ...) without
 * anyone opening a dashboard: evaluates the users whose local day changed since their last
 * evaluation, a batch per transaction, so work follows how many users crossed midnight, not how
 * many there are.
 */
@ApplicationScoped
public class PromptSweep {

    static final int BATCH = 200;

    @Inject
    PromptSchedule schedule;
    @Inject
    PromptEvaluator evaluator;
    @Inject
    Clock clock;

    @Scheduled(every = "${progress.prompts.sweep-interval:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void sweep() {
        while (QuarkusTransaction.requiringNew().call(this::sweepBatch) == BATCH) {
            // until no user is due
        }
    }

    private int sweepBatch() {
        List<String> due = schedule.due(clock.instant(), BATCH);
        evaluator.evaluate(due);
        return due.size();
    }
}
