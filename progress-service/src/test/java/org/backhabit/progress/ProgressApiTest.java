package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.testing.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/** Goal, weeks, pauses and export through the REST API. Today is Friday 2026-11-20. */
@QuarkusTest
class ProgressApiTest extends EventDrivenTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    private static String userWithSessions(LocalDate... days) {
        String user = "a-" + UUID.randomUUID();
        for (LocalDate day : days) {
            events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, day, "STRENGTH", 4, 3));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(user).get("/progress/me/export").then().body("sessions.size()", is(days.length)));
        return user;
    }

    @Test
    void changingTheGoalAndWeekStartRecomputesHistory() {
        // Sun 15, Mon 16, Tue 17: with Monday weeks 1 + 2 days; with Sunday weeks all three in the week of Sun 15.
        String user = userWithSessions(MON.minusDays(1), MON, MON.plusDays(1));
        as(user).get("/progress/me/dashboard").then().body("currentWeek.activeDays", is(2)).body("currentWeek.goalMet", is(false));
        as(user).body("{\"sessionsPerWeek\":3,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"SUNDAY\"}").put("/progress/me/goal")
                .then().statusCode(200).body("weekStartsOn", is("SUNDAY"));
        as(user).get("/progress/me/dashboard").then()
                .body("currentWeek.weekStart", is("2026-11-15")).body("currentWeek.activeDays", is(3)).body("currentWeek.goalMet", is(true));
        as(user).body("{\"sessionsPerWeek\":2,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"}").put("/progress/me/goal").then().statusCode(200);
        as(user).get("/progress/me/goal").then().body("sessionsPerWeek", is(2)).body("weekStartsOn", is("MONDAY"));
        as(user).get("/progress/me/dashboard").then().body("currentWeek.weekStart", is("2026-11-16")).body("currentWeek.goalMet", is(true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "goal 0 | {\"sessionsPerWeek\":0,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"} | sessionsPerWeek",
            "goal 8 | {\"sessionsPerWeek\":8,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"} | sessionsPerWeek",
            "tuesday | {\"sessionsPerWeek\":3,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"TUESDAY\"} | weekStartsOn",
            "unknown zone | {\"sessionsPerWeek\":3,\"timeZone\":\"Nowhere/City\",\"weekStartsOn\":\"MONDAY\"} | timeZone",
    })
    void anInvalidGoalIs400AndKeepsTheOldOne(String rule, String body, String field) {
        String user = "g-" + UUID.randomUUID();
        as(user).body(body).put("/progress/me/goal").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is(field));
        as(user).get("/progress/me/goal").then().body("sessionsPerWeek", is(3));
    }

    @Test
    void weeksByRangeIncludeEmptyWeeksOldestFirst() {
        String user = userWithSessions(MON.minusWeeks(2), MON);
        as(user).get("/progress/me/weeks?from=2026-10-26&to=2026-11-20").then().statusCode(200)
                .body("", hasSize(4))
                .body("[0].weekStart", is("2026-10-26"))
                .body("[1].sessions", is(1))
                .body("[2].sessions", is(0))
                .body("[3].weekStart", is("2026-11-16"));
        as(user).get("/progress/me/weeks?from=2026-11-20&to=2026-10-01").then().statusCode(400);
        as(user).get("/progress/me/weeks?from=yesterday&to=2026-10-01").then().statusCode(400).body("violations[0].field", is("from"));
    }

    @Test
    void pausesAreCheckedListedAndDeletedByTheirOwnerOnly() {
        String user = "z-" + UUID.randomUUID();
        String id = as(user).body("{\"from\":\"2026-11-23\",\"to\":\"2026-12-06\",\"reason\":\"FLARE_UP\"}").post("/progress/me/pauses")
                .then().statusCode(201).extract().path("id");
        as(user).body("{\"from\":\"2026-12-01\",\"to\":\"2026-12-03\",\"reason\":\"OTHER\"}").post("/progress/me/pauses").then().statusCode(409);
        as(user).body("{\"from\":\"2027-01-01\",\"to\":\"2027-01-15\",\"reason\":\"TRAVEL\"}").post("/progress/me/pauses").then().statusCode(400);
        as(user).body("{\"from\":\"2027-01-05\",\"to\":\"2027-01-01\",\"reason\":\"TRAVEL\"}").post("/progress/me/pauses").then().statusCode(400);
        as(user).body("{\"from\":\"2027-01-01\",\"to\":\"2027-01-02\",\"reason\":\"BORED\"}").post("/progress/me/pauses").then().statusCode(400);
        as(user).get("/progress/me/pauses").then().body("", hasSize(1)).body("[0].reason", is("FLARE_UP"));
        as("someone-else").delete("/progress/me/pauses/" + id).then().statusCode(404);
        as(user).delete("/progress/me/pauses/" + id).then().statusCode(204);
        as(user).get("/progress/me/pauses").then().body("", hasSize(0));
    }

    @Test
    void exportHoldsEveryWeekAndSessionAsJsonOrCsv() {
        String user = userWithSessions(MON.minusWeeks(1), MON);
        as(user).get("/progress/me/export?format=json").then().statusCode(200)
                .body("userId", is(user)).body("weeks", hasSize(2)).body("sessions", hasSize(2));
        String csv = as(user).get("/progress/me/export?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<Map<String, String>> rows = CsvRows.read(csv);
        org.junit.jupiter.api.Assertions.assertEquals(2, CsvRows.ofKind(rows, "WEEK").size(), csv);
        org.junit.jupiter.api.Assertions.assertEquals(2, CsvRows.ofKind(rows, "SESSION").size(), csv);
        org.hamcrest.MatcherAssert.assertThat(csv, startsWith("\"record\","));
        as(user).get("/progress/me/export?format=xml").then().statusCode(400).body("violations[0].field", is("format"));
    }

    @Test
    void rebuildIsForAdminsOnly() {
        as("plain-user").post("/admin/projections/rebuild").then().statusCode(403).contentType("application/problem+json");
        given().post("/admin/projections/rebuild").then().statusCode(401);
    }
}
