package org.backhabit.progress.prompt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.progress.history.HistoryChanged;

import java.util.Set;

/**
 * Re-evaluates prompts for users whose history changed. A change only queues the user (in its own
 * transaction, so the request is as durable as the change and the consumer never waits on the
 * rules); this works the queue off, up to {@link #CHUNK} users per transaction, so a burst of
 * events costs a commit per chunk rather than per user.
 */
@ApplicationScoped
public class PromptRefresher {

    static final int CHUNK = 100;

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
        while (QuarkusTransaction.requiringNew().call(this::refreshChunk) > 0) {
            // until the queue is empty
        }
    }

    /** @return how many users were taken off the queue */
    int refreshChunk() {
        Set<String> users = queue.take(CHUNK);
        evaluator.evaluate(users);
        return users.size();
    }
}
