package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class SessionApiTest {

    @Test
    void recordsARoutineSessionOnTheLocalDateOfItsTimeZone() {
        String user = newUser();
        OffsetDateTime lateUtc = LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(23, 30).atOffset(ZoneOffset.UTC);
        Response created = as(user).body(routineSession(lateUtc.toString())).post("/sessions");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/sessions/" + created.path("id")))
                .body("userId", is(user))
                .body("kind", is("STRENGTH"))
                .body("revision", is(1))
                .body("localDate", is(lateUtc.toLocalDate().plusDays(1).toString()))
                .body("completedAt", is(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        lateUtc.atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")))))
                .body("recordedAt", notNullValue());
        as(user).get("/sessions/" + created.path("id")).then().statusCode(200).body("notes", is("steady"));
    }

    @ParameterizedTest(name = "ad-hoc {0} is {1}")
    @CsvSource({"cat-cow, MOBILITY", "wall-angels, STRENGTH"})
    void adHocKindIsStrengthWhenAnyExerciseIsStrength(String exercise, String kind) {
        as(newUser()).body("""
                        {"exercises":[{"exerciseSlug":"childs-pose","holdSeconds":30},{"exerciseSlug":"%s","sets":2,"reps":10}],
                         "completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":10}""".formatted(exercise, hoursAgo(1)))
                .post("/sessions").then().statusCode(201).body("kind", is(kind));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "neither routine nor exercises | {\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5} | 400 | routineSlug",
            "pain above 10 | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5,\"painBefore\":11} | 400 | painBefore",
            "pain below 0 | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5,\"painAfter\":-1} | 400 | painAfter",
            "effort above 10 | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5,\"effort\":12} | 400 | effort",
            "duration 0 | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":0} | 400 | durationMinutes",
            "duration 241 | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":241} | 400 | durationMinutes",
            "no completedAt | {\"routineSlug\":\"desk-break\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5,\"notes\":\"%s\"} | 400 | completedAt",
            "unknown time zone | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Mars/Olympus\",\"durationMinutes\":5} | 400 | timeZone",
            "offset instead of zone | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"+01:00\",\"durationMinutes\":5} | 400 | timeZone",
            "bad slug format | {\"routineSlug\":\"Desk Break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5} | 400 | routineSlug",
            "wrong type | {\"routineSlug\":\"desk-break\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":\"long\"} | 400 | durationMinutes",
            "unknown routine | {\"routineSlug\":\"no-such-routine\",\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5} | 422 | routineSlug",
            "unknown exercise | {\"exercises\":[{\"exerciseSlug\":\"cat-cow\"},{\"exerciseSlug\":\"levitation\"}],\"completedAt\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5} | 422 | exercises[1].exerciseSlug",
    })
    void invalidSessionIsRejectedWithAViolationAndNothingIsStored(String rule, String body, int status, String field) {
        String user = newUser();
        as(user).body(body.formatted(hoursAgo(1))).post("/sessions")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("violations.field", org.hamcrest.Matchers.hasItem(field));
        as(user).get("/sessions").then().statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest(name = "completedAt {0} is rejected")
    @CsvSource({"future, -1", "too old, 2161"})
    void completedAtMustBeWithinTheWindow(String label, long hoursAgo) {
        as(newUser()).body(routineSession(hoursAgo(hoursAgo))).post("/sessions")
                .then().statusCode(400).body("violations[0].field", is("completedAt"));
    }

    @Test
    void notesOver2000CharactersAreRejected() {
        String body = routineSession(hoursAgo(1)).replace("\"steady\"", "\"" + "x".repeat(2001) + "\"");
        as(newUser()).body(body).post("/sessions").then().statusCode(400).body("violations[0].field", is("notes"));
    }

    @Test
    void malformedJsonIs400Problem() {
        as(newUser()).body("{\"routineSlug\":").post("/sessions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void listsNewestFirstWithACursor() {
        String user = newUser();
        for (int h = 1; h <= 5; h++) {
            as(user).body(routineSession(hoursAgo(h * 10L))).post("/sessions").then().statusCode(201);
        }
        Response first = as(user).get("/sessions?limit=2");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        String newest = first.path("items[0].completedAt");
        String second = first.path("items[1].completedAt");
        assertEquals(1, OffsetDateTime.parse(newest).compareTo(OffsetDateTime.parse(second)));
        Response rest = as(user).get("/sessions?limit=10&cursor=" + first.path("nextCursor"));
        rest.then().statusCode(200).body("items", hasSize(3)).body("nextCursor", nullValue());
        assertNotEquals(first.<String>path("items[1].id"), rest.<String>path("items[0].id"));
    }

    @Test
    void correctionAndDeletionApplyToOwnSessions() {
        String user = newUser();
        String id = as(user).body(routineSession(hoursAgo(3))).post("/sessions").path("id");
        as(user).body(routineSession(hoursAgo(4)).replace("\"painAfter\":3", "\"painAfter\":2")).put("/sessions/" + id)
                .then().statusCode(200).body("revision", is(2)).body("painAfter", is(2));
        as(user).delete("/sessions/" + id).then().statusCode(204);
        as(user).get("/sessions/" + id).then().statusCode(404);
    }

    @Test
    void anotherUsersSessionIs404ForEveryVerb() {
        String owner = newUser();
        String id = as(owner).body(routineSession(hoursAgo(2))).post("/sessions").path("id");
        String intruder = newUser();
        as(intruder).get("/sessions/" + id).then().statusCode(404).contentType("application/problem+json");
        as(intruder).body(routineSession(hoursAgo(2))).put("/sessions/" + id).then().statusCode(404);
        as(intruder).delete("/sessions/" + id).then().statusCode(404);
        as(intruder).get("/sessions").then().body("items", hasSize(0));
        as(owner).get("/sessions/" + id).then().statusCode(200);
    }

    @Test
    void anotherUsersCheckInIs404() {
        String owner = newUser();
        String id = as(owner).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":4,"areas":["NECK"],"redFlags":[]}""".formatted(hoursAgo(1)))
                .post("/check-ins").then().statusCode(201).extract().path("id");
        as(newUser()).get("/check-ins/" + id).then().statusCode(404);
        as(owner).get("/check-ins/" + id).then().statusCode(200).body("painLevel", is(4));
    }

    @Test
    void aTokenThatIsNotAJwtIs401() {
        given().header("Authorization", "Bearer not.a.token").get("/sessions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void catalogDownWithAnUnseenSlugIs503WithRetryAfterAndAKnownSlugStillRecords() {
        String user = newUser();
        as(user).body(routineSession(hoursAgo(1))).post("/sessions").then().statusCode(201);
        StubCatalog.setReachable(false);
        try {
            as(user).body(routineSession(hoursAgo(1))).post("/sessions").then().statusCode(201);
            as(user).body(routineSession(hoursAgo(1)).replace("posture-strength", "flare-up-relief")).post("/sessions")
                    .then().statusCode(503).header("Retry-After", "30").contentType("application/problem+json");
        } finally {
            StubCatalog.setReachable(true);
        }
        as(user).get("/sessions").then().body("items", hasSize(2));
    }
}
