package org.backhabit.notification;

import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.testing.TestInfrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static io.restassured.RestAssured.given;

/** Request and event builders shared by the tests: a fresh user per test keeps them independent. */
public final class Requests {

    private static KafkaProducer<String, String> producer;

    private Requests() {
    }

    public static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String userId) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(userId)).contentType("application/json");
    }

    public static String webhookSecret(String user, String url) {
        return as(user).body("{\"url\":\"" + url + "\"}").post("/notifications/me/webhooks")
                .then().statusCode(201).extract().path("secret");
    }

    public static PromptData prompt(String user, String type, String severity) {
        return new PromptData(PromptData.SCHEMA_VERSION, UUID.randomUUID(), user, type, severity,
                "Stop and get checked", "Chest pain needs a doctor today.", OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Publishes an event on the real broker the way its producer does: key = user, CloudEvents headers, JSON value. */
    public static void publish(String topic, String type, UUID id, String user, Object data) {
        publishRaw(topic, type, id, user, EventJson.write(data));
    }

    /** Publishes {@code value} as it is, readable or not. */
    public static void publishRaw(String topic, String type, UUID id, String user, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, user, value,
                CloudEventHeaders.of(id, "/test", type, Instant.now(), user));
        try {
            producer().send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    public static void publishPrompt(PromptData prompt) {
        publish(EventTypes.PROGRESS_PROMPTS_TOPIC, EventTypes.PROMPT_RAISED, prompt.promptId(), prompt.userId(), prompt);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
