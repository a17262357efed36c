package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.history.PgArrays;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When each user's prompts are next due for evaluation on time alone: the next local midnight
 * after the last evaluation, since every rule reads local dates and so can only change then.
 */
@ApplicationScoped
public class PromptSchedule {

    @Inject
    EntityManager em;

    /** Books each user's next evaluation, all in one statement. */
    public void dueAt(Map<String, Instant> nextByUser) {
        var users = List.copyOf(nextByUser.keySet());
        em.createNativeQuery("""
                        INSERT INTO prompt_schedule (user_id, due_at)
                        SELECT * FROM unnest(CAST(?1 AS text[]), CAST(?2 AS timestamptz[]))
                        ON CONFLICT (user_id) DO UPDATE SET due_at = EXCLUDED.due_at""")
                .setParameter(1, PgArrays.literal(users)).setParameter(2, PgArrays.column(users, nextByUser::get)).executeUpdate();
    }

    /** Up to {@code limit} users due at {@code now}, skipping those another instance is sweeping. */
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, int limit) {
        return em.createNativeQuery("""
                        SELECT user_id FROM prompt_schedule WHERE due_at <= ?1 ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
