package org.backhabit.progress;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.events.UserErasedData;
import org.backhabit.localstack.testing.EventKeyServer;
import org.backhabit.localstack.testing.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes events to the real broker exactly as session-service's relay does (CloudEvents binary mode, keyed by user). */
public final class EventSender implements AutoCloseable {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    public static SessionData session(String user, UUID id, int revision, LocalDate day, String kind, int painBefore, int painAfter) {
        OffsetDateTime at = day.atTime(LocalTime.of(18, 30)).atZone(BERLIN).toOffsetDateTime();
        return new SessionData(1, id, user, revision, "posture-strength", kind, List.of("shoulder-rolls", "wall-angels"),
                at, BERLIN.getId(), day, 12, painBefore, painAfter, 5);
    }

    public static CheckInData checkIn(String user, LocalDate day, int pain, List<String> redFlags) {
        return new CheckInData(1, UUID.randomUUID(), user, day.atTime(20, 0).atZone(BERLIN).toOffsetDateTime(), BERLIN.getId(),
                day, pain, List.of("NECK"), redFlags);
    }

    /** Sends with a fresh event id; returns it. */
    public UUID send(String type, String user, Object data) {
        UUID eventId = UUID.randomUUID();
        send(eventId, type, user, EventJson.write(data));
        return eventId;
    }

    /** Sends the data sealed with the user's key, as session-service does; returns the event id. */
    public UUID sendSealed(String type, String user, Object data, String keyId) {
        UUID eventId = UUID.randomUUID();
        String sealed = SealedPayload.seal(keyId, EventKeyServer.key(keyId), EventJson.write(data));
        send(user, sealed, CloudEventHeaders.of(eventId, "/session-service", type, Instant.now(), user, SealedPayload.CONTENT_TYPE));
        return eventId;
    }

    /** Announces the user's erasure, as session-service does after shredding their key. */
    public UUID erase(String user, UUID erasureId) {
        return send(EventTypes.USER_ERASED, user, new UserErasedData(1, erasureId, user, OffsetDateTime.now()));
    }

    public void send(UUID eventId, String type, String user, String json) {
        send(user, json, CloudEventHeaders.of(eventId, "/session-service", type, Instant.now(), user));
    }

    /** Sends with {@code ce_time} as given, well-formed or not. */
    public void send(UUID eventId, String type, String user, String json, String ceTime) {
        Headers headers = CloudEventHeaders.of(eventId, "/session-service", type, Instant.now(), user);
        headers.remove(CloudEventHeaders.TIME);
        headers.add(CloudEventHeaders.TIME, ceTime.getBytes(StandardCharsets.UTF_8));
        send(user, json, headers);
    }

    private void send(String user, String json, Headers headers) {
        try {
            producer.send(new ProducerRecord<>(EventTypes.SESSION_EVENTS_TOPIC, null, user, json, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID delete(String user, UUID sessionId) {
        return send(EventTypes.SESSION_DELETED, user, new SessionDeletedData(1, sessionId, user, OffsetDateTime.now()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
