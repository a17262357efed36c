package org.backhabit.progress.event;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, prompt.id().toString());
        add(headers, CloudEventHeaders.SOURCE, "/progress-service");
        add(headers, CloudEventHeaders.TYPE, EventTypes.PROMPT_RAISED);
        add(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(prompt.at()));
        add(headers, CloudEventHeaders.SUBJECT, prompt.userId());
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        emitter.send(Message.of(EventJson.write(data)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(prompt.userId()).withHeaders(headers).build()));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
