package org.backhabit.progress.prompt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.progress.history.HistoryChanged;

/**
 * Re-evaluates prompts for users whose history changed. A change only queues the user (in its own
 * transaction, so the request is as durable as the change and the consumer never waits on the
 * rules); this works the queue off, one user per transaction.
 */
@ApplicationScoped
public class PromptRefresher {

    @Inject
    PromptRefreshQueue queue;
    @Inject
    PromptEvaluator evaluator;

    void onChange(@Observes HistoryChanged change) {
        queue.request(change.userIds());
    }

    @Scheduled(every = "${progress.prompts.refresh-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshQueued() {
        while (QuarkusTransaction.requiringNew().call(this::refreshOne)) {
            // until the queue is empty
        }
    }

    /** @return whether a user was taken off the queue */
    boolean refreshOne() {
        return queue.take().map(user -> {
            evaluator.evaluate(user);
            return true;
        }).orElse(false);
    }
}
