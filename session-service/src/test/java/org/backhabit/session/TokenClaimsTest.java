package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.routineSession;

/** Signed by the right key, but not a token this API may act on: 401 problem, nothing stored. */
@QuarkusTest
class TokenClaimsTest {

    @Test
    void aSubjectOf255CharactersIsAUserAndOneLongerIs401() {
        String longest = "u".repeat(255);
        withToken(ForeignTokens.withSubject(longest)).body(routineSession(hoursAgo(1))).post("/sessions").then().statusCode(201);
        withToken(ForeignTokens.withSubject(longest)).get("/sessions").then().statusCode(200);
        withToken(ForeignTokens.withSubject("u".repeat(256))).body(routineSession(hoursAgo(1))).post("/sessions").then()
                .statusCode(401).contentType("application/problem+json");
        withToken(ForeignTokens.withSubject("u".repeat(5000))).get("/sessions").then().statusCode(401);
    }

    @Test
    void aSubjectWithControlCharactersIs401() {
        withToken(ForeignTokens.withSubject("alice\u0000")).get("/sessions").then().statusCode(401).contentType("application/problem+json");
        withToken(ForeignTokens.withSubject("alice\nbob")).get("/check-ins").then().statusCode(401);
    }

    @Test
    void aTokenIssuedInTheFutureIs401() {
        withToken(ForeignTokens.issuedInTheFuture(Requests.newUser(), 3600)).get("/sessions").then().statusCode(401)
                .contentType("application/problem+json");
        // within the clock skew a verifier allows for expiry too
        withToken(ForeignTokens.issuedInTheFuture(Requests.newUser(), 20)).get("/sessions").then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIs401() {
        withToken(ForeignTokens.forAnotherAudience(Requests.newUser())).get("/sessions").then().statusCode(401)
                .contentType("application/problem+json");
        withToken(ForeignTokens.withoutAudience(Requests.newUser())).get("/sessions").then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }
}
