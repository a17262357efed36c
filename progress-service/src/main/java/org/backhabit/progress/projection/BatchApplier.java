package org.backhabit.progress.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.backhabit.progress.history.HistoryChanged;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Applies a batch of events in one transaction. If that transaction fails, it applies them one
 * transaction each, so a poison event fails alone and is handed to the caller; the others stay applied.
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    @Inject
    EventProjector projector;
    @Inject
    Event<HistoryChanged> changed;

    /**
     * @param generations read inside each transaction: the generations to write
     * @param announce    whether to fire {@link HistoryChanged} for the users whose history changed
     * @param onFailure   gets each event that failed on its own, with why
     */
    void apply(List<ReadEvent> batch, Supplier<List<Integer>> generations, boolean announce,
               BiConsumer<ReadEvent, RuntimeException> onFailure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyInTransaction(batch, generations, announce));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of %d events failed (%s); applying them one by one", batch.size(), batchFailure.getMessage());
            for (ReadEvent one : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyInTransaction(List.of(one), generations, announce));
                } catch (RuntimeException e) {
                    onFailure.accept(one, e);
                }
            }
        }
    }

    private void applyInTransaction(List<ReadEvent> batch, Supplier<List<Integer>> generations, boolean announce) {
        Set<String> users = new LinkedHashSet<>();
        List<SessionEvent> events = batch.stream().map(ReadEvent::event).toList();
        for (int generation : generations.get()) {
            users.addAll(projector.apply(generation, events));
        }
        if (announce) {
            users.forEach(user -> changed.fire(new HistoryChanged(user)));
        }
    }
}
