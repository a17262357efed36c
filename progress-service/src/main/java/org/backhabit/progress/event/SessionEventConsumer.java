package org.backhabit.progress.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.problem.DatabaseOutage;
import org.backhabit.progress.repository.Generations;
import org.backhabit.progress.service.PromptRefresher;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies {@code session-events} to the projections: to the active generation and, while a
 * rebuild runs, to the one being rebuilt. The event id goes into processed_event in the same
 * transaction as the change, so a redelivery changes nothing; so does the request to re-evaluate
 * the user's prompts. An event that cannot be read or applied throws, is rolled back and goes to
 * the dead-letter topic; the consumer moves on. While the database cannot be reached the record is
 * retried in place (nothing is committed, nothing dead-lettered), so an outage loses no event.
 */
@ApplicationScoped
public class SessionEventConsumer {

    private static final Logger LOG = Logger.getLogger(SessionEventConsumer.class);

    @Inject
    EventProjector projector;
    @Inject
    PromptRefresher prompts;
    @Inject
    Generations generations;

    @Incoming("session-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        DatabaseOutage.retryWhileUnreachable(() -> QuarkusTransaction.requiringNew().run(() -> apply(record)),
                outage -> LOG.warnf("database unreachable, %s-%d@%d waits: %s", record.topic(), record.partition(), record.offset(), outage.getMessage()));
    }

    private void apply(ConsumerRecord<String, String> record) {
        String userId = null;
        for (int generation : generations.writeTargets()) {
            userId = projector.apply(generation, record).orElse(userId);
        }
        if (userId != null) {
            prompts.request(userId);
        }
    }
}
