package org.backhabit.progress.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.backhabit.problem.DatabaseOutage;
import org.backhabit.progress.erasure.EventKeys;
import org.backhabit.progress.history.HistoryChanged;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Applies a batch of events in one transaction. If that transaction fails, it applies each half
 * the same way, so a poison event ends up failing alone and is handed to the caller; the others
 * stay applied, in their order. While the database cannot be reached the batch waits and is tried
 * again whole: nothing is dead-lettered for an outage.
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    @Inject
    EventProjector projector;
    @Inject
    Event<HistoryChanged> changed;
    @Inject
    EventKeys keys;

    /**
     * @param generations read inside each transaction: the generations to write
     * @param announce    whether to fire one {@link HistoryChanged} for the users whose history changed
     * @param onFailure   gets each event that failed on its own, with why
     */
    void apply(List<ReadEvent> batch, Supplier<List<Integer>> generations, boolean announce,
               BiConsumer<ReadEvent, RuntimeException> onFailure) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            // An unreachable database is not a poison event: wait for it rather than halve and dead-letter.
            DatabaseOutage.retryWhileUnreachable(() -> QuarkusTransaction.requiringNew().run(() -> applyInTransaction(batch, generations, announce)),
                    outage -> LOG.warnf("database unreachable; a batch of %d events waits: %s", batch.size(), outage.getMessage()));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                onFailure.accept(batch.get(0), e);
                return;
            }
            // Halves, in order: a poison event costs a few transactions, not one per event of the batch.
            LOG.warnf("a batch of %d events failed (%s); applying it in halves", batch.size(), e.getMessage());
            apply(batch.subList(0, batch.size() / 2), generations, announce, onFailure);
            apply(batch.subList(batch.size() / 2, batch.size()), generations, announce, onFailure);
        }
    }

    private void applyInTransaction(List<ReadEvent> batch, Supplier<List<Integer>> generations, boolean announce) {
        Set<String> users = new LinkedHashSet<>();
        List<SessionEvent> events = batch.stream().map(ReadEvent::event).toList();
        // Which key each user's data is sealed with, so what this service publishes about them is sealed with it too.
        batch.stream().filter(read -> read.keyId() != null).map(read -> Map.entry(read.event().userId(), read.keyId())).distinct()
                .forEach(userKey -> keys.remember(userKey.getKey(), userKey.getValue()));
        for (int generation : generations.get()) {
            users.addAll(projector.apply(generation, events));
        }
        if (announce && !users.isEmpty()) {
            changed.fire(new HistoryChanged(users));
        }
    }
}
