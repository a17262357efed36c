package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.PromptCandidate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores the prompts the rules raise, once per user, type and period; each new one is announced
 * on {@code progress-prompts} after commit. Only {@link PromptEvaluator} raises; readers get the
 * stored, undismissed prompts whose condition still holds.
 */
@ApplicationScoped
public class PromptStore {

    @Inject
    PromptRepository prompts;
    @Inject
    Event<PromptRaised> raised;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void raise(String userId, List<PromptCandidate> candidates) {
        Set<String> known = prompts.keys(userId);
        Instant now = clock.instant();
        for (PromptCandidate candidate : candidates) {
            UUID id = UUID.randomUUID();
            if (!known.contains(key(candidate)) && prompts.insert(id, userId, candidate, now)) {
                raised.fire(new PromptRaised(id, userId, candidate, now));
            }
        }
    }

    /** Read only: the stored, undismissed prompts among {@code candidates}, in the candidates' order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PromptRow> current(String userId, List<PromptCandidate> candidates) {
        Map<String, PromptRow> stored = prompts.undismissed(userId).stream()
                .collect(Collectors.toMap(p -> p.type + "|" + p.periodKey, Function.identity()));
        return candidates.stream().map(c -> stored.get(key(c))).filter(p -> p != null).toList();
    }

    @Transactional
    public List<PromptRow> all(String userId) {
        return prompts.all(userId);
    }

    /** @return false when the user has no such prompt */
    @Transactional
    public boolean dismiss(String userId, UUID id) {
        var prompt = prompts.find(userId, id);
        prompt.filter(p -> p.dismissedAt == null).ifPresent(p -> p.dismissedAt = clock.instant());
        return prompt.isPresent();
    }

    private static String key(PromptCandidate candidate) {
        return candidate.type().name() + "|" + candidate.periodKey();
    }
}
