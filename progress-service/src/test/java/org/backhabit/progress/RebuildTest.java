package org.backhabit.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rebuild from the real topic ends in the same projections as the live consumer built. */
@QuarkusTest
class RebuildTest extends EventDrivenTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    @Inject
    EntityManager em;

    /** A digest of the active generation's facts and readings: equal digests, equal projections. */
    private String projectionDigest() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                SELECT md5(coalesce((SELECT string_agg(concat_ws('|', session_id, user_id, revision, deleted, kind, exercise_slugs,
                                                               completed_at, time_zone, local_date, duration_minutes, pain_before, pain_after, effort),
                                                     ',' ORDER BY session_id)
                                     FROM session_fact f JOIN projection_state s ON f.generation = s.active_generation), '')
                        || coalesce((SELECT string_agg(concat_ws('|', check_in_id, user_id, at, pain_level, red_flags), ',' ORDER BY check_in_id)
                                     FROM check_in_reading c JOIN projection_state s ON c.generation = s.active_generation), ''))""")
                .getSingleResult());
    }

    @Test
    void aRebuildEndsInTheSameProjectionsAndPicksUpEventsThatArriveMeanwhile() {
        String user = "r-" + UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        events.send(EventTypes.SESSION_RECORDED, user, session(user, corrected, 1, MON, "MOBILITY", 5, 4));
        events.send(EventTypes.SESSION_CORRECTED, user, session(user, corrected, 2, MON.plusDays(1), "STRENGTH", 5, 3));
        events.send(EventTypes.SESSION_RECORDED, user, session(user, deleted, 1, MON.plusDays(2), "MOBILITY", 5, 4));
        events.delete(user, deleted);
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, MON.plusDays(2), 4, List.of()));
        awaitAllEventsConsumed();
        as(user).get("/progress/me/export").then().body("sessions.size()", is(1)).body("checkIns.size()", is(1));
        String digestBefore = projectionDigest();
        Map<String, Object> exportBefore = as(user).get("/progress/me/export").then().extract().jsonPath().getMap("");
        int generationBefore = admin().get("/admin/projections/rebuild").then().statusCode(200).extract().path("activeGeneration");

        admin().post("/admin/projections/rebuild").then().statusCode(202).body("state", is("RUNNING"));
        as(user).get("/progress/me/dashboard").then().statusCode(200);
        String latecomer = "r-" + UUID.randomUUID();
        events.send(EventTypes.SESSION_RECORDED, latecomer, session(latecomer, UUID.randomUUID(), 1, MON, "STRENGTH", 3, 2));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                admin().get("/admin/projections/rebuild").then().body("state", is("IDLE")).body("activeGeneration", is(generationBefore + 1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(latecomer).get("/progress/me/dashboard").then().body("currentWeek.sessions", is(1)));

        Map<String, Object> exportAfter = as(user).get("/progress/me/export").then().extract().jsonPath().getMap("");
        exportBefore.remove("exportedAt");
        exportAfter.remove("exportedAt");
        assertEquals(exportBefore, exportAfter);
        String digestAfterWithoutLatecomer = QuarkusTransaction.requiringNew().call(() -> {
            // The latecomer's session is the only difference allowed: remove it from a copy of the comparison.
            return projectionDigestExcluding(latecomer);
        });
        assertEquals(digestBefore, digestAfterWithoutLatecomer);
        long staleRows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM session_fact WHERE generation = ?1").setParameter(1, generationBefore).getSingleResult()).longValue());
        assertEquals(0, staleRows, "the replaced generation is dropped");
        int eventsReplayed = admin().get("/admin/projections/rebuild").then().extract().path("events");
        assertTrue(eventsReplayed >= 5, "replayed " + eventsReplayed);
    }

    private String projectionDigestExcluding(String userId) {
        return (String) em.createNativeQuery("""
                SELECT md5(coalesce((SELECT string_agg(concat_ws('|', session_id, user_id, revision, deleted, kind, exercise_slugs,
                                                               completed_at, time_zone, local_date, duration_minutes, pain_before, pain_after, effort),
                                                     ',' ORDER BY session_id)
                                     FROM session_fact f JOIN projection_state s ON f.generation = s.active_generation
                                     WHERE f.user_id <> ?1), '')
                        || coalesce((SELECT string_agg(concat_ws('|', check_in_id, user_id, at, pain_level, red_flags), ',' ORDER BY check_in_id)
                                     FROM check_in_reading c JOIN projection_state s ON c.generation = s.active_generation
                                     WHERE c.user_id <> ?1), ''))""").setParameter(1, userId).getSingleResult();
    }
}
