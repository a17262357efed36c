package org.backhabit.progress.erasure;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.SealedPayload;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes what this service says about a person (prompts, pauses) sealed with that person's key,
 * keyed by them, with CloudEvents headers, so their erasure makes it unreadable like their
 * sessions. Once their key is shredded nothing more is published about them.
 */
@ApplicationScoped
public class SealedEvents {

    @Inject
    EventKeys keys;

    public void send(Emitter<String> emitter, UUID eventId, String type, String userId, Instant at, Object data) {
        Optional<String> sealed = keys.sealFor(userId, EventJson.write(data));
        if (sealed.isEmpty()) {
            return;
        }
        var headers = CloudEventHeaders.of(eventId, "/" + UserErasure.SERVICE, type, at, userId, SealedPayload.CONTENT_TYPE);
        emitter.send(Message.of(sealed.get()).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(userId).withHeaders(headers).build()));
    }
}
