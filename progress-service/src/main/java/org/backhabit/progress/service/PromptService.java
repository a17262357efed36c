package org.backhabit.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.PromptCandidate;
import org.backhabit.progress.domain.PromptType;
import org.backhabit.progress.event.PromptRaised;
import org.backhabit.progress.repository.JsonParams;
import org.backhabit.progress.repository.PromptRow;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stores prompts the rules raise, once per user, type and period; each new one is announced on
 * {@code progress-prompts} after commit. What a user sees is the stored, undismissed prompts
 * whose condition still holds.
 */
@ApplicationScoped
public class PromptService {

    @Inject
    EntityManager em;
    @Inject
    Event<PromptRaised> raised;
    @Inject
    Clock clock;

    /** @return the current, undismissed prompts, most severe first, then those raised from outside the rules */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PromptRow> record(String userId, List<PromptCandidate> candidates) {
        Set<String> known = em.createQuery("select p.type || '|' || p.periodKey from PromptRow p where p.userId = ?1", String.class)
                .setParameter(1, userId).getResultStream().collect(Collectors.toSet());
        Instant now = clock.instant();
        // Only prompts not stored yet are written, so a dashboard read whose prompts are all known writes nothing.
        for (PromptCandidate candidate : candidates) {
            if (known.contains(key(candidate))) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery("""
                            INSERT INTO prompt (id, user_id, type, period_key, severity, title, message, created_at, message_key, params)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS jsonb))
                            ON CONFLICT (user_id, type, period_key) DO NOTHING""")
                    .setParameter(1, id).setParameter(2, userId).setParameter(3, candidate.type().name())
                    .setParameter(4, candidate.periodKey()).setParameter(5, candidate.severity().name())
                    .setParameter(6, candidate.title()).setParameter(7, candidate.message()).setParameter(8, now)
                    .setParameter(9, candidate.messageKey()).setParameter(10, JsonParams.write(candidate.params()))
                    .executeUpdate();
            if (inserted == 1) {
                raised.fire(new PromptRaised(id, userId, candidate, now));
            }
        }
        Map<String, PromptRow> current = em.createQuery("from PromptRow where userId = ?1 and dismissedAt is null", PromptRow.class)
                .setParameter(1, userId).getResultStream()
                .collect(Collectors.toMap(p -> p.type + "|" + p.periodKey, Function.identity()));
        // Prompts no rule derives (a clinician's recommendation) stay until dismissed.
        Stream<PromptRow> external = current.values().stream()
                .filter(p -> Arrays.stream(PromptType.values()).noneMatch(t -> t.name().equals(p.type)))
                .sorted(Comparator.comparing((PromptRow p) -> p.createdAt).reversed());
        return Stream.concat(candidates.stream().map(c -> current.get(key(c))).filter(p -> p != null), external).toList();
    }

    private static String key(PromptCandidate candidate) {
        return candidate.type().name() + "|" + candidate.periodKey();
    }

    @Transactional
    public List<PromptRow> all(String userId) {
        return em.createQuery("from PromptRow where userId = ?1 order by createdAt desc", PromptRow.class)
                .setParameter(1, userId).getResultList();
    }

    /** @return false when the user has no such prompt */
    @Transactional
    public boolean dismiss(String userId, UUID id) {
        Optional<PromptRow> prompt = Optional.ofNullable(em.find(PromptRow.class, id)).filter(p -> p.userId.equals(userId));
        prompt.filter(p -> p.dismissedAt == null).ifPresent(p -> p.dismissedAt = clock.instant());
        return prompt.isPresent();
    }
}
