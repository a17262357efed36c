package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.DeadLetterHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.EventTopics;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events through the real broker into the projections, read back through the dashboard. */
@QuarkusTest
class ProjectionTest extends EventDrivenTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static void awaitCurrentWeek(String user, String path, Object expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(user).get("/progress/me/dashboard").then().statusCode(200).body("currentWeek." + path, is(expected)));
    }

    @Test
    void threeSessionsOnThreeDaysMeetTheDefaultGoal() {
        String user = "u-" + UUID.randomUUID();
        for (int day = 0; day < 3; day++) {
            events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY.plusDays(day), "STRENGTH", 5, 3));
        }
        awaitCurrentWeek(user, "activeDays", 3);
        as(user).get("/progress/me/dashboard").then()
                .body("currentWeek.weekStart", is("2026-11-16"))
                .body("currentWeek.sessions", is(3))
                .body("currentWeek.goal", is(3))
                .body("currentWeek.goalMet", is(true))
                .body("currentWeek.remaining", is(0))
                .body("goal.timeZone", is("Europe/Berlin"))
                .body("weeks.size()", is(12));
    }

    @Test
    void aRedeliveredEventIdIsAppliedOnceWhateverItCarries() {
        String user = "u-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        events.send(eventId, EventTypes.SESSION_RECORDED, user, EventJson.write(session(user, sessionId, 1, MONDAY, "MOBILITY", 4, 3)));
        // The same event id again, here with a higher revision: only the processed-events check can refuse it.
        events.send(eventId, EventTypes.SESSION_RECORDED, user, EventJson.write(session(user, sessionId, 2, MONDAY.plusDays(1), "STRENGTH", 8, 3)));
        awaitAllEventsConsumed();
        as(user).get("/progress/me/dashboard").then()
                .body("currentWeek.sessions", is(1))
                .body("currentWeek.strengthSessions", is(0))
                .body("weeks[11].avgPainBefore", is(4.0f));
        as(user).get("/progress/me/export").then().body("sessions[0].revision", is(1)).body("sessions[0].localDate", is(MONDAY.toString()));
    }

    @Test
    void aCorrectionBeforeItsRecordingEndsInTheCorrectedState() {
        String user = "u-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        events.send(EventTypes.SESSION_CORRECTED, user, session(user, id, 2, MONDAY.plusDays(2), "STRENGTH", 6, 2));
        events.send(EventTypes.SESSION_RECORDED, user, session(user, id, 1, MONDAY, "MOBILITY", 6, 6));
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY.plusDays(3), "MOBILITY", 4, 3));
        awaitAllEventsConsumed();
        as(user).get("/progress/me/dashboard").then()
                .body("currentWeek.sessions", is(2))
                .body("currentWeek.strengthSessions", is(1))
                .body("currentWeek.activeDays", is(2));
    }

    @Test
    void aDeletionWinsOverARecordingThatArrivesAfterIt() {
        String user = "u-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        events.delete(user, id);
        events.send(EventTypes.SESSION_RECORDED, user, session(user, id, 1, MONDAY, "MOBILITY", 5, 4));
        events.send(EventTypes.SESSION_CORRECTED, user, session(user, id, 2, MONDAY, "MOBILITY", 5, 4));
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY.plusDays(1), "MOBILITY", 4, 3));
        awaitAllEventsConsumed();
        as(user).get("/progress/me/dashboard").then()
                .body("currentWeek.sessions", is(1))
                .body("currentWeek.activeDays", is(1))
                .body("currentWeek.weekStart", is("2026-11-16"));
        as(user).get("/progress/me/export").then().body("sessions.sessionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id.toString())));
    }

    @Test
    void anUnreadableEventIsDeadLetteredAndTheConsumerGoesOn() {
        String user = "u-" + UUID.randomUUID();
        events.send(UUID.randomUUID(), EventTypes.SESSION_RECORDED, user, "{ this is not json");
        events.send(UUID.randomUUID(), "session.exploded.v9", user, "{}");
        // A header the connector could not parse as a time must not stop the channel: ce_time is informational.
        events.send(UUID.randomUUID(), EventTypes.SESSION_RECORDED, user,
                EventJson.write(session(user, UUID.randomUUID(), 1, MONDAY.plusDays(1), "MOBILITY", 4, 3)), "2026-11-16T06:15Z");
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY, "MOBILITY", 4, 3));
        awaitCurrentWeek(user, "sessions", 2);
        List<ConsumerRecord<String, String>> dead = TopicRecords.forKey(EventTopics.DEAD_LETTERS, user, 2, Duration.ofSeconds(20));
        assertEquals(2, dead.size());
        assertTrue(reason(dead.get(0)).contains("does not match its schema"), reason(dead.get(0)));
        assertTrue(reason(dead.get(1)).contains("unknown event type session.exploded.v9"), reason(dead.get(1)));
    }

    /** A check-in outside its schema (pain 11, an unknown red flag) is dead-lettered with the violations; later events still apply. */
    @Test
    void anEventThatFailsItsSchemaIsDeadLetteredWithTheReason() {
        String user = "u-" + UUID.randomUUID();
        String invalid = EventJson.write(EventSender.checkIn(user, MONDAY, 5, List.of("HICCUPS"))).replace("\"painLevel\":5", "\"painLevel\":11");
        events.send(UUID.randomUUID(), EventTypes.CHECKIN_RECORDED, user, invalid);
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY, "MOBILITY", 4, 3));
        awaitCurrentWeek(user, "sessions", 1);
        List<ConsumerRecord<String, String>> dead = TopicRecords.forKey(EventTopics.DEAD_LETTERS, user, 1, Duration.ofSeconds(20));
        assertEquals(1, dead.size());
        String reason = reason(dead.get(0));
        assertTrue(reason.contains("checkin.recorded.v1 does not match its schema") && reason.contains("painLevel")
                && reason.contains("redFlags"), reason);
        assertEquals(invalid, dead.get(0).value());
        as(user).get("/progress/me/export").then().body("checkIns.size()", is(0));
    }

    /**
     * An event that passes its schema but cannot be stored (a user id longer than the column) fails
     * its batch; the batch is re-applied one event at a time, so only that event is dead-lettered.
     */
    @Test
    void aPoisonEventIsIsolatedFromTheRestOfItsBatch() {
        String user = "u-" + UUID.randomUUID();
        String poison = "p".repeat(300);
        for (int day = 0; day < 3; day++) {
            events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, MONDAY.plusDays(day), "MOBILITY", 4, 3));
            if (day == 1) {
                events.send(EventTypes.SESSION_RECORDED, poison, session(poison, UUID.randomUUID(), 1, MONDAY, "MOBILITY", 4, 3));
            }
        }
        awaitCurrentWeek(user, "sessions", 3);
        List<ConsumerRecord<String, String>> dead = TopicRecords.forKey(EventTopics.DEAD_LETTERS, poison, 1, Duration.ofSeconds(20));
        assertEquals(1, dead.size());
        assertTrue(reason(dead.get(0)).startsWith("could not be applied"), reason(dead.get(0)));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.value(record.headers(), DeadLetterHeaders.REASON);
    }

    @Test
    void theDashboardNeedsAToken() {
        given().get("/progress/me/dashboard").then().statusCode(401).contentType("application/problem+json");
        as("someone").get("/progress/me/dashboard?weeks=0").then().statusCode(400).body("violations[0].field", is("weeks"));
    }
}
