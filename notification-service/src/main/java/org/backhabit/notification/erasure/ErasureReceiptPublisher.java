package org.backhabit.notification.erasure;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.ErasureConfirmedData;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Confirms an erasure to session-service on {@code erasure-receipts}, once the deletion committed. */
@ApplicationScoped
public class ErasureReceiptPublisher {

    @Inject
    @Channel("erasure-receipts")
    Emitter<String> emitter;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserErasure.ErasureDone erased) {
        ErasureConfirmedData.Receipt receipt = ErasureConfirmedData.receipt(erased.erasureId(), erased.userId(), UserErasure.SERVICE, erased.at());
        emitter.send(Message.of(receipt.value()).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(receipt.key()).withHeaders(receipt.headers()).build()));
    }
}
