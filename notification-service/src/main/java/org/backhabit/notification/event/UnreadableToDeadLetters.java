package org.backhabit.notification.event;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.events.MalformedEventException;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * Failure strategy of the input channel: a record that cannot be read goes to the dead-letter
 * topic (it would fail the same way forever); any other failure (the database gone, the service
 * shutting down) stops the channel without committing, so the record is read again after a
 * restart instead of being lost in the dead-letter topic.
 */
@ApplicationScoped
@Identifier(UnreadableToDeadLetters.NAME)
public class UnreadableToDeadLetters implements KafkaFailureHandler.Factory {

    public static final String NAME = "unreadable-to-dead-letters";

    @Inject
    @Identifier("dead-letter-queue")
    KafkaFailureHandler.Factory deadLetters;
    @Inject
    @Identifier("fail")
    KafkaFailureHandler.Factory stop;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetter = deadLetters.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler fail = stop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return (unreadable(reason) ? deadLetter : fail).handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
                fail.terminate();
            }
        };
    }

    static boolean unreadable(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }
}
