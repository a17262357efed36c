package org.backhabit.progress.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Re-evaluates prompts for users whose history changed. The consumer only queues the user (in its
 * own transaction, so the request is as durable as the event); this works the queue off, one user
 * per transaction, skipping rows another instance is working on.
 */
@ApplicationScoped
public class PromptRefresher {

    @Inject
    EntityManager em;
    @Inject
    ProgressService progress;

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String userId) {
        em.createNativeQuery("INSERT INTO prompt_refresh (user_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, userId).executeUpdate();
    }

    @Scheduled(every = "${progress.prompts.refresh-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshQueued() {
        while (QuarkusTransaction.requiringNew().call(this::refreshOne)) {
            // until the queue is empty
        }
    }

    /** @return whether a user was taken off the queue */
    boolean refreshOne() {
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("""
                        DELETE FROM prompt_refresh WHERE user_id = (
                            SELECT user_id FROM prompt_refresh ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING user_id""").getResultList();
        if (taken.isEmpty()) {
            return false;
        }
        progress.refreshPrompts(taken.get(0));
        return true;
    }
}
