package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.domain.PromptCandidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The stored prompts, one per user, type and period. */
@ApplicationScoped
public class PromptRepository {

    @Inject
    EntityManager em;

    /** "TYPE|periodKey" of every prompt stored for each of the users (dismissed or not), by user; users without any are left out. */
    public Map<String, Set<String>> keys(Collection<String> userIds) {
        return em.createQuery("select p.userId, p.type || '|' || p.periodKey from PromptRow p where p.userId in ?1", Object[].class)
                .setParameter(1, userIds).getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
    }

    /** @return false when the user has that prompt for that period already */
    public boolean insert(UUID id, String userId, PromptCandidate candidate, Instant at) {
        return insert(new PromptRaised(id, userId, candidate, at), candidate.periodKey(), candidate.messageKey(), candidate.params());
    }

    /**
     * Stores a prompt once per user, type and period, whoever raised it (a rule, or a clinician's
     * recommendation, which has no message key or parameters).
     *
     * @return false when the user has that prompt for that period already
     */
    public boolean insert(PromptRaised prompt, String periodKey, String messageKey, Map<String, Object> params) {
        return em.createNativeQuery("""
                        INSERT INTO prompt (id, user_id, type, period_key, severity, title, message, created_at, message_key, params)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS jsonb))
                        ON CONFLICT (user_id, type, period_key) DO NOTHING""")
                .setParameter(1, prompt.id()).setParameter(2, prompt.userId()).setParameter(3, prompt.type())
                .setParameter(4, periodKey).setParameter(5, prompt.severity())
                .setParameter(6, prompt.title()).setParameter(7, prompt.message()).setParameter(8, prompt.at())
                .setParameter(9, messageKey).setParameter(10, params == null ? null : JsonParams.write(params))
                .executeUpdate() == 1;
    }

    public List<PromptRow> undismissed(String userId) {
        return em.createQuery("from PromptRow where userId = ?1 and dismissedAt is null", PromptRow.class)
                .setParameter(1, userId).getResultList();
    }

    public List<PromptRow> all(String userId) {
        return em.createQuery("from PromptRow where userId = ?1 order by createdAt desc", PromptRow.class)
                .setParameter(1, userId).getResultList();
    }

    public Optional<PromptRow> find(String userId, UUID id) {
        return Optional.ofNullable(em.find(PromptRow.class, id)).filter(p -> p.userId.equals(userId));
    }
}
