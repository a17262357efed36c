package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
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
        List<?> dead = TopicRecords.forKey(EventTopics.DEAD_LETTERS, user, 2, Duration.ofSeconds(20));
        org.junit.jupiter.api.Assertions.assertEquals(2, dead.size());
    }

    @Test
    void theDashboardNeedsAToken() {
        given().get("/progress/me/dashboard").then().statusCode(401).contentType("application/problem+json");
        as("someone").get("/progress/me/dashboard?weeks=0").then().statusCode(400).body("violations[0].field", is("weeks"));
    }
}
