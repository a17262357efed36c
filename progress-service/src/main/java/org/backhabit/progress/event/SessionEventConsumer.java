package org.backhabit.progress.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventTypes;
import org.backhabit.progress.erasure.UserErasure;
import org.backhabit.progress.repository.Generations;
import org.backhabit.progress.service.PromptRefresher;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies {@code session-events} to the projections: to the active generation and, while a
 * rebuild runs, to the one being rebuilt. The event id goes into processed_event in the same
 * transaction as the change, so a redelivery changes nothing; so does the request to re-evaluate
 * the user's prompts. An event that cannot be read or applied throws, is rolled back and goes to
 * the dead-letter topic; the consumer moves on. {@code user.erased.v1} deletes the user everywhere.
 */
@ApplicationScoped
public class SessionEventConsumer {

    @Inject
    EventProjector projector;
    @Inject
    PromptRefresher prompts;
    @Inject
    Generations generations;
    @Inject
    UserErasure erasure;

    @Incoming("session-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        if (EventTypes.USER_ERASED.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE))) {
            erasure.apply(record);
            return;
        }
        String userId = null;
        for (int generation : generations.writeTargets()) {
            userId = projector.apply(generation, record).orElse(userId);
        }
        if (userId != null) {
            prompts.request(userId);
        }
    }
}
