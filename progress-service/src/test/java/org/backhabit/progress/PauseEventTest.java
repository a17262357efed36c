package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventSchemas;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pauses are announced on progress-pauses, so other services (notifications) learn them from events. */
@QuarkusTest
class PauseEventTest {

    @Test
    void aStoredAndARemovedPauseArePublishedInOrder() {
        String user = "pause-" + UUID.randomUUID();
        String token = "Bearer " + org.backhabit.localstack.auth.DevTokens.forUser(user);
        String id = given().header("Authorization", token).contentType("application/json")
                .body("{\"from\":\"2026-11-23\",\"to\":\"2026-11-29\",\"reason\":\"TRAVEL\"}").post("/progress/me/pauses")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", token).delete("/progress/me/pauses/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = TopicRecords.forKey(EventTypes.PROGRESS_PAUSES_TOPIC, user, 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        assertEquals(EventTypes.PAUSE_RECORDED, CloudEventHeaders.value(records.get(0).headers(), CloudEventHeaders.TYPE));
        assertEquals(EventTypes.PAUSE_DELETED, CloudEventHeaders.value(records.get(1).headers(), CloudEventHeaders.TYPE));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.PAUSE_RECORDED, records.get(0).value())));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.PAUSE_DELETED, records.get(1).value())));
        assertTrue(records.get(0).value().contains("\"from\":\"2026-11-23\"") && records.get(0).value().contains(id));
    }
}
