package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.history.PgArrays;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Users whose prompts must be re-evaluated because their history changed. */
@ApplicationScoped
public class PromptRefreshQueue {

    @Inject
    EntityManager em;

    /** Queues each of {@code userIds}, in one statement (a batch of events changes many users at once). */
    public void request(Collection<String> userIds) {
        em.createNativeQuery("INSERT INTO prompt_refresh (user_id) SELECT unnest(CAST(?1 AS text[])) ON CONFLICT DO NOTHING")
                .setParameter(1, PgArrays.literal(userIds)).executeUpdate();
    }

    /** Takes the oldest request no other instance is working on. */
    public Optional<String> take() {
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("""
                        DELETE FROM prompt_refresh WHERE user_id = (
                            SELECT user_id FROM prompt_refresh ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING user_id""").getResultList();
        return taken.stream().findFirst();
    }
}
