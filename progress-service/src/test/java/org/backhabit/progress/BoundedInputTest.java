package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Dates, text and subjects out of any sensible range: a 4xx problem naming the field, nothing stored. */
@QuarkusTest
class BoundedInputTest extends EventDrivenTest {

    @ParameterizedTest
    @ValueSource(strings = {"-5000-01-01", "+999999999-12-31", "0001-01-01", "3000-01-01"})
    void aPauseInAnImplausibleYearIsRefused(String date) {
        String user = "b-" + UUID.randomUUID();
        as(user).body("{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"TRAVEL\"}".formatted(date, date)).post("/progress/me/pauses")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("from"));
        as(user).get("/progress/me/pauses").then().statusCode(200).body("$", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=%2B999999999-12-25&to=%2B999999999-12-31", "from=2999-12-01&to=%2B999999999-12-31",
            "from=-999999999-01-01&to=-999999999-01-07", "from=0000-01-01&to=0000-01-07"})
    void weeksNearTheEdgesOfTimeAreRefused(String query) {
        as("b-" + UUID.randomUUID()).get("/progress/me/weeks?" + query).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLastPlausibleWeeksAreServed() {
        as("b-" + UUID.randomUUID()).get("/progress/me/weeks?from=2999-12-01&to=2999-12-31").then().statusCode(200);
    }

    @Test
    void aGoalTimeZoneWithControlCharactersIsRefused() {
        as("b-" + UUID.randomUUID()).body("{\"sessionsPerWeek\":3,\"timeZone\":\"Europe/Berlin\\u0000\",\"weekStartsOn\":\"MONDAY\"}")
                .put("/progress/me/goal").then().statusCode(400).body("violations.field", hasItem("timeZone"));
    }

    @Test
    void subjectsTooLongOrWithNulAre401AndTheLongestAllowedWorks() {
        given().header("Authorization", "Bearer " + DevTokens.forUser("p".repeat(255))).get("/progress/me/dashboard").then().statusCode(200);
        given().header("Authorization", "Bearer " + DevTokens.forUser("p".repeat(256))).get("/progress/me/dashboard").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevTokens.forUser("p\u0000q")).get("/progress/me/dashboard").then().statusCode(401);
    }

    @Test
    void aForeignOriginIsAProblem() {
        as("b-" + UUID.randomUUID()).header("Origin", "https://evil.example").get("/progress/me/dashboard").then()
                .statusCode(403).contentType("application/problem+json");
    }
}
