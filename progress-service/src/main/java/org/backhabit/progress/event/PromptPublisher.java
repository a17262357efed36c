package org.backhabit.progress.event;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.backhabit.events.SealedPayload;
import org.backhabit.progress.erasure.EventKeys;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Announces each newly stored prompt on {@code progress-prompts}, after its transaction committed,
 * always sealed with the user's event key (so their erasure shreds it too).
 */
@ApplicationScoped
public class PromptPublisher {

    @Inject
    @Channel("progress-prompts")
    Emitter<String> emitter;
    @Inject
    EventKeys keys;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PromptRaised prompt) {
        PromptData data = new PromptData(PromptData.SCHEMA_VERSION, prompt.id(), prompt.userId(), prompt.candidate().type().name(),
                prompt.candidate().severity().name(), prompt.candidate().title(), prompt.candidate().message(),
                prompt.at().atOffset(ZoneOffset.UTC));
        Optional<String> sealed = keys.sealFor(prompt.userId(), EventJson.write(data));
        if (sealed.isEmpty()) {
            return;
        }
        var headers = CloudEventHeaders.of(prompt.id(), "/progress-service", EventTypes.PROMPT_RAISED, prompt.at(), prompt.userId(),
                SealedPayload.CONTENT_TYPE);
        emitter.send(Message.of(sealed.get()).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(prompt.userId()).withHeaders(headers).build()));
    }
}
