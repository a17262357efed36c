package org.backhabit.progress.erasure;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.ErasureConfirmedData;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.ZoneOffset;
import java.util.UUID;

/** Confirms an erasure to session-service on {@code erasure-receipts}, once the deletion committed. */
@ApplicationScoped
public class ErasureReceiptPublisher {

    @Inject
    @Channel("erasure-receipts")
    Emitter<String> emitter;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserErasure.ErasureDone erased) {
        ErasureConfirmedData data = new ErasureConfirmedData(ErasureConfirmedData.SCHEMA_VERSION, erased.erasureId(), erased.userId(),
                UserErasure.SERVICE, erased.at().atOffset(ZoneOffset.UTC));
        var headers = CloudEventHeaders.of(UUID.randomUUID(), "/" + UserErasure.SERVICE, EventTypes.ERASURE_CONFIRMED, erased.at(), erased.userId());
        emitter.send(Message.of(EventJson.write(data)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(erased.userId()).withHeaders(headers).build()));
    }
}
