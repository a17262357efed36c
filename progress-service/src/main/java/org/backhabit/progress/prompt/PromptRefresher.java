package org.backhabit.progress.prompt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.problem.DatabaseOutage;
import org.backhabit.progress.history.HistoryChanged;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Re-evaluates prompts for users whose history changed. A change only queues the user (in its own
 * transaction, so the request is as durable as the change and the consumer never waits on the
 * rules); this works the queue off, up to {@link #CHUNK} users per transaction, so a burst of
 * events costs a commit per chunk rather than per user. A chunk that fails goes back to the queue
 * and is worked off one user at a time, so a user whose evaluation fails is logged and dropped
 * instead of holding up everyone queued after them; while the database is unreachable nothing is
 * dropped.
 */
@ApplicationScoped
public class PromptRefresher {

    private static final Logger LOG = Logger.getLogger(PromptRefresher.class);

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
        int chunk = CHUNK;
        while (true) {
            int size = chunk;
            try {
                if (QuarkusTransaction.requiringNew().call(() -> refreshChunk(size)) == 0) {
                    return;
                }
            } catch (RuntimeException e) {
                if (DatabaseOutage.causes(e)) {
                    return; // the requests stay queued for the next round
                }
                if (size > 1) {
                    chunk = 1; // the chunk went back to the queue: one user at a time finds the one that fails
                } else {
                    String user = QuarkusTransaction.requiringNew().call(() -> queue.take(1)).stream().findFirst().orElse("?");
                    LOG.errorf(e, "prompts of user %s could not be evaluated; their request is dropped until their history changes again", user);
                    chunk = CHUNK;
                }
            }
        }
    }

    /** @return how many users were taken off the queue */
    int refreshChunk(int size) {
        Set<String> users = queue.take(size);
        evaluator.evaluate(users);
        return users.size();
    }
}
