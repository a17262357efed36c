package org.backhabit.progress.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.PromptCandidate;
import org.backhabit.progress.domain.PromptType;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** Stores each user's candidates not stored before; what the users already have is read in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    void raise(Map<String, List<PromptCandidate>> candidatesByUser) {
        Map<String, Set<String>> known = prompts.keys(candidatesByUser.keySet());
        Instant now = clock.instant();
        candidatesByUser.forEach((userId, candidates) -> {
            for (PromptCandidate candidate : candidates) {
                UUID id = UUID.randomUUID();
                if (!known.getOrDefault(userId, Set.of()).contains(key(candidate)) && prompts.insert(id, userId, candidate, now)) {
                    raised.fire(new PromptRaised(id, userId, candidate, now));
                }
            }
        });
    }

    /**
     * Read only: the stored, undismissed prompts among {@code candidates}, in the candidates' order,
     * then those no rule derives (a clinician's recommendation), newest first: they stay until dismissed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PromptRow> current(String userId, List<PromptCandidate> candidates) {
        List<PromptRow> undismissed = prompts.undismissed(userId);
        Map<String, PromptRow> stored = undismissed.stream().collect(Collectors.toMap(p -> p.type + "|" + p.periodKey, Function.identity()));
        Stream<PromptRow> external = undismissed.stream()
                .filter(p -> Arrays.stream(PromptType.values()).noneMatch(t -> t.name().equals(p.type)))
                .sorted(Comparator.comparing((PromptRow p) -> p.createdAt).reversed());
        return Stream.concat(candidates.stream().map(c -> stored.get(key(c))).filter(p -> p != null), external).toList();
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
