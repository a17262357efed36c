package org.backhabit.progress.prompt;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.ZoneOffset;

/** Announces each newly stored prompt on {@code progress-prompts}, after its transaction committed. */
@ApplicationScoped
public class PromptPublisher {

    @Inject
    @Channel("progress-prompts")
    Emitter<String> emitter;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PromptRaised prompt) {
        PromptData data = new PromptData(PromptData.SCHEMA_VERSION, prompt.id(), prompt.userId(), prompt.candidate().type().name(),
                prompt.candidate().severity().name(), prompt.candidate().title(), prompt.candidate().message(),
                prompt.at().atOffset(ZoneOffset.UTC));
        var headers = CloudEventHeaders.of(prompt.id(), "/progress-service", EventTypes.PROMPT_RAISED, prompt.at(), prompt.userId());
        emitter.send(Message.of(EventJson.write(data)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(prompt.userId()).withHeaders(headers).build()));
    }
}
