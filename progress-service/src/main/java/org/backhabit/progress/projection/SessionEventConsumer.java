package org.backhabit.progress.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.backhabit.events.ErasureSplit;
import org.backhabit.events.MalformedEventException;
import org.backhabit.progress.erasure.EventKeys;
import org.backhabit.progress.erasure.UserErasure;
import org.backhabit.progress.history.Generations;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Applies {@code session-events} to the projections, a polled batch per transaction: to the active
 * generation and, while a rebuild runs, to the one being rebuilt. Each event id goes into
 * processed_event in the same transaction as its change, so a redelivery changes nothing. A record
 * that fails its JSON Schema goes to the dead-letter topic before the batch is applied; an event
 * that passes it but cannot be applied fails alone ({@link BatchApplier}) and is dead-lettered too,
 * and the consumer goes on. Sealed data is opened with its owner's key; a record whose key was
 * shredded is skipped. A {@code user.erased.v1} splits the batch ({@link ErasureSplit}): what came before it is applied,
 * then the person is erased (keys forgotten), then what came after is read and applied.
 */
@ApplicationScoped
public class SessionEventConsumer {

    @Inject
    BatchApplier applier;
    @Inject
    Generations generations;
    @Inject
    ProjectionRepository projections;
    @Inject
    DeadLetters deadLetters;
    @Inject
    EventKeys keys;
    @Inject
    UserErasure erasure;

    @Incoming("session-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        ErasureSplit.split(records, this::apply, this::erase);
    }

    private void apply(List<ConsumerRecord<String, String>> records) {
        keys.prefetch(records);
        applier.apply(EventReader.readAll(records, keys::open, deadLetters::send), generations::writeTargets, true,
                (failed, e) -> deadLetters.send(failed.record(), "could not be applied: " + rootMessage(e)));
    }

    /** Erases once per event id (a redelivered erasure must not delete what was recorded after it), confirms every time. */
    private void erase(ConsumerRecord<String, String> record) {
        try {
            SessionEvent.Erased erased = (SessionEvent.Erased) EventReader.read(record);
            QuarkusTransaction.requiringNew().run(() -> {
                boolean fresh = false;
                for (int generation : generations.writeTargets()) {
                    fresh |= !projections.markProcessed(generation, List.of(erased)).isEmpty();
                }
                erasure.apply(erased.data(), fresh);
            });
        } catch (MalformedEventException e) {
            deadLetters.send(record, e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
