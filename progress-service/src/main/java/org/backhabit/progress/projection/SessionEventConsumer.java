package org.backhabit.progress.projection;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.backhabit.progress.history.Generations;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies {@code session-events} to the projections, a polled batch per transaction: to the active
 * generation and, while a rebuild runs, to the one being rebuilt. Each event id goes into
 * processed_event in the same transaction as its change, so a redelivery changes nothing. A record
 * that fails its JSON Schema goes to the dead-letter topic before the batch is applied; an event
 * that passes it but cannot be applied fails alone ({@link BatchApplier}) and is dead-lettered too,
 * and the consumer goes on.
 */
@ApplicationScoped
public class SessionEventConsumer {

    @Inject
    BatchApplier applier;
    @Inject
    Generations generations;
    @Inject
    DeadLetters deadLetters;

    @Incoming("session-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        applier.apply(EventReader.readAll(records, deadLetters::send), generations::writeTargets, true,
                (failed, e) -> deadLetters.send(failed.record(), "could not be applied: " + rootMessage(e)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
