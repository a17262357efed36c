package org.backhabit.session;

import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request builders shared by the tests: a fresh user per test keeps them independent. */
public final class Requests {

    private Requests() {
    }

    public static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String userId) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(userId)).contentType("application/json");
    }

    public static String hoursAgo(long hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(hours).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static String routineSession(String completedAt) {
        return """
                {"routineSlug":"posture-strength","completedAt":"%s","timeZone":"Europe/Berlin",
                 "durationMinutes":14,"painBefore":5,"painAfter":3,"effort":6,"notes":"steady"}""".formatted(completedAt);
    }
}
