package org.backhabit.progress.pause;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PauseData;
import org.backhabit.events.PauseDeletedData;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.ZoneOffset;
import java.util.UUID;

/** Announces each stored or removed pause on {@code progress-pauses}, after its transaction committed, for other services. */
@ApplicationScoped
public class PausePublisher {

    @Inject
    @Channel("progress-pauses")
    Emitter<String> emitter;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PauseChanged pause) {
        Object data = pause.removed()
                ? new PauseDeletedData(PauseDeletedData.SCHEMA_VERSION, pause.pauseId(), pause.userId(), pause.at().atOffset(ZoneOffset.UTC))
                : new PauseData(PauseData.SCHEMA_VERSION, pause.pauseId(), pause.userId(), pause.from(), pause.to(), pause.reason(),
                        pause.at().atOffset(ZoneOffset.UTC));
        String type = pause.removed() ? EventTypes.PAUSE_DELETED : EventTypes.PAUSE_RECORDED;
        var headers = CloudEventHeaders.of(UUID.randomUUID(), "/progress-service", type, pause.at(), pause.userId());
        emitter.send(Message.of(EventJson.write(data)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(pause.userId()).withHeaders(headers).build()));
    }
}
