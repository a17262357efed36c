package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Text, dates, cursors, slugs and keys a client can send out of range: 400 naming the field, nothing stored. */
@QuarkusTest
class BoundedInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "before\\u0000after", "\\u001b[31m", "\\u007f", "\\ud800"})
    void notesWithControlCharactersAreRefused(String escaped) {
        String user = newUser();
        String body = """
                {"routineSlug":"desk-break","completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":5,"notes":"%s"}"""
                .formatted(hoursAgo(1), escaped);
        as(user).body(body).post("/sessions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("notes"));
        as(user).get("/sessions").then().body("items", hasSize(0));
    }

    @Test
    void notesMayHoldLineBreaksAndTabs() {
        String body = """
                {"routineSlug":"desk-break","completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":5,"notes":"line one\\nline\\ttwo"}"""
                .formatted(hoursAgo(1));
        as(newUser()).body(body).post("/sessions").then().statusCode(201);
    }

    @Test
    void aNulInATimeZoneIsRefused() {
        String body = """
                {"routineSlug":"desk-break","completedAt":"%s","timeZone":"Europe/Berlin\\u0000","durationMinutes":5}""".formatted(hoursAgo(1));
        as(newUser()).body(body).post("/sessions").then().statusCode(400).body("violations.field", hasItem("timeZone"));
    }

    @Test
    void checkInTimeZoneWithNulIsRefused() {
        String body = """
                {"at":"%s","timeZone":"\\u0000","painLevel":3}""".formatted(hoursAgo(1));
        as(newUser()).body(body).post("/check-ins").then().statusCode(400).body("violations.field", hasItem("timeZone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=%2B999999999-12-31", "to=-999999999-01-01", "from=0000-01-01", "to=3000-01-01"})
    void outOfRangeQueryDatesAreRefused(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        as(newUser()).get("/sessions?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(parameter));
        as(newUser()).get("/check-ins?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(parameter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807|0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f", "-9223372036854775808|0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f",
            "253402300800000000|0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f", "1|x", "|", "1"})
    void aForgedCursorIsRefused(String raw) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        as(newUser()).get("/sessions?cursor=" + cursor).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("cursor"));
    }

    @Test
    void aSlugLongerThan60CharactersIsRefusedWithoutAskingTheCatalog() {
        String slug = "a".repeat(61);
        String body = """
                {"routineSlug":"%s","completedAt":"%s","timeZone":"UTC","durationMinutes":5}""".formatted(slug, hoursAgo(1));
        as(newUser()).body(body).post("/sessions").then().statusCode(400).body("violations.field", hasItem("routineSlug"));
        String exercises = """
                {"exercises":[{"exerciseSlug":"%s"}],"completedAt":"%s","timeZone":"UTC","durationMinutes":5}""".formatted(slug, hoursAgo(1));
        as(newUser()).body(exercises).post("/sessions").then().statusCode(400).body("violations.field", hasItem("exercises[0].exerciseSlug"));
        org.junit.jupiter.api.Assertions.assertEquals(0, StubCatalog.requestsFor("/routines/" + slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyOrBlankIdempotencyKeyIsRefused(String key) {
        String user = newUser();
        as(user).header("Idempotency-Key", key).body(Requests.routineSession(hoursAgo(1))).post("/sessions").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("Idempotency-Key"));
        as(user).header("Idempotency-Key", key).body("""
                {"at":"%s","timeZone":"UTC","painLevel":3}""".formatted(hoursAgo(1))).post("/check-ins").then()
                .statusCode(400).body("violations.field", hasItem("Idempotency-Key"));
        as(user).get("/sessions").then().body("items", hasSize(0));
        as(user).get("/check-ins").then().body("items", hasSize(0));
    }
}
