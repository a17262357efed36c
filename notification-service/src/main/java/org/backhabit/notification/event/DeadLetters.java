package org.backhabit.notification.event;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.DeadLetterHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends a record this service cannot read to {@code notification-inputs-dlq}, unchanged, with {@link DeadLetterHeaders}. */
@ApplicationScoped
public class DeadLetters {

    @Inject
    @Channel("notification-inputs-dlq")
    MutinyEmitter<String> emitter;

    /** Returns once the broker has the record, so the original's offset may be committed. */
    void send(ConsumerRecord<String, String> record, String reason) {
        emitter.sendMessageAndAwait(Message.of(record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(DeadLetterHeaders.of(record, reason)).build()));
    }
}
