package org.backhabit.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.ErasureConfirmedData;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.UserErasedData;
import org.backhabit.localstack.testing.EventKeyServer;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sealed events are opened with the owner's key; user.erased.v1 deletes the owner everywhere, and a rebuild does not bring them back. */
@QuarkusTest
class ErasureTest extends EventDrivenTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.now(EventSender.BERLIN).minusDays(3);

    @Inject
    EntityManager em;

    private long rowsOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = 0;
            for (String table : List.of("session_fact", "check_in_reading", "week_rollup", "goal", "pause", "prompt", "prompt_refresh",
                    "prompt_schedule", "user_event_key", "share", "access_log", "recommendation")) {
                total += ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE user_id = ?1").setParameter(1, user)
                        .getSingleResult()).longValue();
            }
            return total;
        });
    }

    private static void sealedHistory(String user, String keyId) {
        events.sendSealed(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, DAY, "STRENGTH", 5, 3), keyId);
        events.sendSealed(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, DAY.plusDays(1), "MOBILITY", 4, 3), keyId);
        events.sendSealed(EventTypes.CHECKIN_RECORDED, user, checkIn(user, DAY, 6, List.of("NIGHT_PAIN")), keyId);
    }

    @Test
    void sealedEventsCountAndAnErasureDeletesEveryRowAndIsConfirmed() {
        String user = "e-" + UUID.randomUUID();
        String keyId = EventKeyServer.newKey();
        sealedHistory(user, keyId);
        as(user).body("{\"sessionsPerWeek\":4,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"SUNDAY\"}").put("/progress/me/goal").then().statusCode(200);
        as(user).body("{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"TRAVEL\"}".formatted(DAY.plusDays(10), DAY.plusDays(12)))
                .post("/progress/me/pauses").then().statusCode(201);
        await().atMost(WAIT).untilAsserted(() -> as(user).get("/progress/me/export").then()
                .body("sessions.size()", is(2)).body("checkIns.size()", is(1)));

        // The red flag raised an urgent prompt; on progress-prompts it is sealed with the same key.
        byte[] key = EventKeyServer.key(keyId);
        await().atMost(WAIT).until(() -> TopicRecords.forKey(EventTypes.PROGRESS_PROMPTS_TOPIC, user, 1, WAIT).stream()
                .anyMatch(r -> SealedPayload.open(r.value(), key).contains("RED_FLAG")));
        for (ConsumerRecord<String, String> prompt : TopicRecords.forKey(EventTypes.PROGRESS_PROMPTS_TOPIC, user, 1, WAIT)) {
            assertEquals(SealedPayload.CONTENT_TYPE, CloudEventHeaders.value(prompt.headers(), CloudEventHeaders.CONTENT_TYPE));
            assertEquals(keyId, SealedPayload.keyId(prompt.value()));
            assertFalse(prompt.value().contains("RED_FLAG"));
        }

        EventKeyServer.shred(keyId);
        UUID erasureId = UUID.randomUUID();
        events.erase(user, erasureId);

        await().atMost(WAIT).until(() -> rowsOf(user) == 0);
        as(user).get("/progress/me/export").then().body("sessions.size()", is(0)).body("checkIns.size()", is(0));
        as(user).get("/progress/me/goal").then().body("sessionsPerWeek", is(3));
        List<ConsumerRecord<String, String>> receipts = TopicRecords.forKey(EventTypes.ERASURE_RECEIPTS_TOPIC, user, 1, WAIT);
        ErasureConfirmedData receipt = EventJson.read(receipts.get(0).value(), ErasureConfirmedData.class);
        assertEquals(erasureId, receipt.erasureId());
        assertEquals("progress-service", receipt.service());
    }

    @Test
    void theKeysABatchOfSealedEventsNamesAreFetchedTogetherNotOneCallPerKey() {
        Map<String, String> keyByUser = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            keyByUser.put("k-" + UUID.randomUUID(), EventKeyServer.newKey());
        }
        keyByUser.forEach((user, keyId) -> events.sendSealed(EventTypes.SESSION_RECORDED, user,
                session(user, UUID.randomUUID(), 1, DAY, "STRENGTH", 5, 3), keyId));

        keyByUser.keySet().forEach(user -> await().atMost(WAIT).untilAsserted(() -> as(user).get("/progress/me/export").then()
                .body("sessions.size()", is(1))));
        keyByUser.values().forEach(keyId -> assertFalse(EventKeyServer.askedSingly(keyId), keyId + " was asked for on its own"));
    }

    @Test
    void aRedeliveredErasureLeavesWhatWasRecordedAfterItAlone() {
        String user = "e-" + UUID.randomUUID();
        String oldKey = EventKeyServer.newKey();
        sealedHistory(user, oldKey);
        await().atMost(WAIT).untilAsserted(() -> as(user).get("/progress/me/export").then().body("sessions.size()", is(2)));
        EventKeyServer.shred(oldKey);
        UUID eventId = UUID.randomUUID();
        String erasure = EventJson.write(new UserErasedData(1, UUID.randomUUID(), user, OffsetDateTime.now()));
        events.send(eventId, EventTypes.USER_ERASED, user, erasure);
        await().atMost(WAIT).until(() -> rowsOf(user) == 0);

        String newKey = EventKeyServer.newKey();
        events.sendSealed(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, DAY, "STRENGTH", 2, 1), newKey);
        events.send(eventId, EventTypes.USER_ERASED, user, erasure);
        events.sendSealed(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, DAY.plusDays(1), "STRENGTH", 2, 1), newKey);
        await().atMost(WAIT).untilAsserted(() -> as(user).get("/progress/me/export").then().body("sessions.size()", is(2)));
    }

    @Test
    void aRebuildAfterAnErasureDoesNotBringThePersonBack() {
        String erased = "e-" + UUID.randomUUID();
        String kept = "k-" + UUID.randomUUID();
        String erasedKey = EventKeyServer.newKey();
        String keptKey = EventKeyServer.newKey();
        sealedHistory(erased, erasedKey);
        sealedHistory(kept, keptKey);
        await().atMost(WAIT).untilAsserted(() -> as(kept).get("/progress/me/export").then().body("sessions.size()", is(2)));
        await().atMost(WAIT).untilAsserted(() -> as(erased).get("/progress/me/export").then().body("sessions.size()", is(2)));
        EventKeyServer.shred(erasedKey);
        events.erase(erased, UUID.randomUUID());
        await().atMost(WAIT).until(() -> rowsOf(erased) == 0);

        int generation = admin().get("/admin/projections/rebuild").then().statusCode(200).extract().path("activeGeneration");
        admin().post("/admin/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin().get("/admin/projections/rebuild").then()
                .body("state", is("IDLE")).body("activeGeneration", is(generation + 1)));

        assertEquals(0, rowsOf(erased));
        as(erased).get("/progress/me/export").then().body("sessions.size()", is(0)).body("checkIns.size()", is(0));
        as(kept).get("/progress/me/export").then().body("sessions.size()", is(2)).body("checkIns.size()", is(1));
        assertTrue(rowsOf(kept) > 0);
    }
}
