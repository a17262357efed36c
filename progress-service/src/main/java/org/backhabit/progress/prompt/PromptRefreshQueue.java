package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.history.PgArrays;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Users whose prompts must be re-evaluated because their history changed. */
@ApplicationScoped
public class PromptRefreshQueue {

    @Inject
    EntityManager em;

    /**
     * Queues each of {@code userIds}, in one statement (a batch of events changes many users at
     * once); a user may be queued more than once, which costs a redundant evaluation, never a wait.
     */
    public void request(Collection<String> userIds) {
        em.createNativeQuery("INSERT INTO prompt_refresh (user_id) SELECT unnest(CAST(?1 AS text[]))")
                .setParameter(1, PgArrays.literal(userIds)).executeUpdate();
    }

    /** Takes up to {@code limit} of the oldest requests no other instance is working on: the users they name, each once. */
    @SuppressWarnings("unchecked")
    public Set<String> take(int limit) {
        return new LinkedHashSet<String>(em.createNativeQuery("""
                        DELETE FROM prompt_refresh WHERE id IN (
                            SELECT id FROM prompt_refresh ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED)
                        RETURNING user_id""").setParameter(1, limit).getResultList());
    }
}
