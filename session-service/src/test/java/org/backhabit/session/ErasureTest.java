package org.backhabit.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.ErasureConfirmedData;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.UserErasedData;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.testing.TestInfrastructure;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DELETE /me: the person's rows go, their events in Kafka become unreadable, and the erasure is announced. */
@QuarkusTest
class ErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOTES = "private note about my shoulder";

    @Inject
    EntityManager em;

    private static String serviceToken() {
        return DevTokens.withGroups("progress-service", "service");
    }

    private long rowsOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = 0;
            for (String query : List.of("SELECT count(*) FROM session WHERE user_id = ?1", "SELECT count(*) FROM check_in WHERE user_id = ?1",
                    "SELECT count(*) FROM idempotency_key WHERE user_id = ?1", "SELECT count(*) FROM outbox WHERE subject = ?1 AND type <> 'user.erased.v1'",
                    "SELECT count(*) FROM user_key WHERE user_id = ?1")) {
                total += ((Number) em.createNativeQuery(query).setParameter(1, user).getSingleResult()).longValue();
            }
            return total;
        });
    }

    private static void history(String user) {
        as(user).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(routineSession(hoursAgo(30)).replace("steady", NOTES)).post("/sessions").then().statusCode(201);
        as(user).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":8,"areas":["NECK"],"redFlags":["CHEST_PAIN"]}""".formatted(hoursAgo(3)))
                .post("/check-ins").then().statusCode(201);
    }

    @Test
    void afterErasureNoRowIsLeftAndEveryEventOfThePersonIsUnreadable() {
        String user = newUser();
        history(user);
        List<ConsumerRecord<String, String>> before = TopicRecords.forKey(EventTypes.SESSION_EVENTS_TOPIC, user, 2, WAIT);
        String keyId = SealedPayload.keyId(before.get(0).value());
        given().header("Authorization", "Bearer " + serviceToken()).get("/internal/event-keys/" + keyId).then().statusCode(200);
        assertTrue(rowsOf(user) > 0);

        String erasureId = as(user).delete("/me").then().statusCode(202)
                .body("state", equalTo("IN_PROGRESS"))
                .body("confirmed.service", equalTo(List.of("session-service")))
                .body("awaiting", equalTo(List.of("progress-service", "notification-service")))
                .extract().path("id");

        assertEquals(0, rowsOf(user));
        as(user).get("/sessions").then().body("items", hasSize(0));
        as(user).get("/check-ins").then().body("items", hasSize(0));
        given().header("Authorization", "Bearer " + serviceToken()).get("/internal/event-keys/" + keyId).then().statusCode(404);

        List<ConsumerRecord<String, String>> all = TopicRecords.forKey(EventTypes.SESSION_EVENTS_TOPIC, user, 3, WAIT);
        assertEquals(3, all.size());
        ConsumerRecord<String, String> last = all.get(2);
        assertEquals(EventTypes.USER_ERASED, CloudEventHeaders.value(last.headers(), CloudEventHeaders.TYPE));
        UserErasedData erased = EventJson.read(last.value(), UserErasedData.class);
        assertEquals(erasureId, erased.erasureId().toString());
        assertEquals(user, erased.userId());
        for (ConsumerRecord<String, String> record : all.subList(0, 2)) {
            assertEquals(SealedPayload.CONTENT_TYPE, CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE));
            assertEquals(keyId, SealedPayload.keyId(record.value()));
            assertFalse(record.value().contains("shoulder") || record.value().contains("CHEST_PAIN") || record.value().contains("painLevel"),
                    record.value());
        }
    }

    @Test
    void askingTwiceReturnsTheSameErasureAndReceiptsMakeItDone() throws Exception {
        String user = newUser();
        history(user);
        String first = as(user).delete("/me").then().statusCode(202).extract().path("id");
        String second = as(user).delete("/me").then().statusCode(202).extract().path("id");
        assertEquals(first, second);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            String receipt = EventJson.write(new ErasureConfirmedData(1, UUID.fromString(first), user, "progress-service", OffsetDateTime.now()));
            producer.send(new ProducerRecord<>(EventTypes.ERASURE_RECEIPTS_TOPIC, user, receipt)).get();
            producer.send(new ProducerRecord<>(EventTypes.ERASURE_RECEIPTS_TOPIC, user, receipt)).get();
            producer.send(new ProducerRecord<>(EventTypes.ERASURE_RECEIPTS_TOPIC, user, "not json")).get();
            await().atMost(WAIT).untilAsserted(() -> as(user).get("/me/erasure").then().statusCode(200)
                    .body("state", equalTo("IN_PROGRESS")).body("awaiting", equalTo(List.of("notification-service"))));
            ErasureConfirmedData.Receipt last = ErasureConfirmedData.receipt(UUID.fromString(first), user, "notification-service", Instant.now());
            producer.send(new ProducerRecord<>(EventTypes.ERASURE_RECEIPTS_TOPIC, null, last.key(), last.value(), last.headers())).get();
        }
        await().atMost(WAIT).untilAsserted(() -> as(user).get("/me/erasure").then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("awaiting", hasSize(0))
                .body("confirmed", hasSize(3)));

        // Something new after the erasure is erased by a new one.
        history(user);
        String third = as(user).delete("/me").then().statusCode(202).extract().path("id");
        assertFalse(first.equals(third));
        assertEquals(0, rowsOf(user));
    }

    @Test
    void neverErasedIsNotFound() {
        as(newUser()).get("/me/erasure").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdministratorCanEraseAnyUserAndAUserCannot() {
        String user = newUser();
        history(user);
        as(newUser()).delete("/admin/users/" + user).then().statusCode(403);
        assertTrue(rowsOf(user) > 0);
        given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops")).delete("/admin/users/" + user).then().statusCode(202)
                .body("requestedBy", equalTo("ADMIN")).body("userId", equalTo(user));
        assertEquals(0, rowsOf(user));
        given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops")).get("/admin/users/" + user + "/erasure").then()
                .statusCode(200).body("userId", equalTo(user));
    }

    @Test
    void eventKeysAreOnlyForServices() {
        String user = newUser();
        history(user);
        String keyId = SealedPayload.keyId(TopicRecords.forKey(EventTypes.SESSION_EVENTS_TOPIC, user, 1, WAIT).get(0).value());
        as(user).get("/internal/event-keys/" + keyId).then().statusCode(403);
        as(user).put("/internal/event-keys/by-user/" + user).then().statusCode(403);
        given().header("Authorization", "Bearer " + serviceToken()).put("/internal/event-keys/by-user/" + user).then().statusCode(200)
                .body("keyId", equalTo(keyId));
        String fresh = newUser();
        String created = given().header("Authorization", "Bearer " + serviceToken()).put("/internal/event-keys/by-user/" + fresh)
                .then().statusCode(200).extract().path("keyId");
        given().header("Authorization", "Bearer " + serviceToken()).get("/internal/event-keys/" + created).then().statusCode(200);
        given().get("/internal/event-keys/" + keyId).then().statusCode(401);
        given().header("Authorization", "Bearer " + serviceToken()).get("/internal/event-keys/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", "Bearer " + serviceToken()).get("/internal/event-keys/not-a-uuid").then().statusCode(404);
    }
}
