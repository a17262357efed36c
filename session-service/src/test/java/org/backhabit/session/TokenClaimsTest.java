package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.auth.BadToken;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.routineSession;

/**
 * The edges of the token rules the shared bad-token matrix refuses: a subject of 255 characters
 * is a user, and an issue time within the verifier's leeway is accepted; past them, 401 and nothing stored.
 */
@QuarkusTest
class TokenClaimsTest {

    @Test
    void aSubjectOf255CharactersIsAUserAndOneLongerIs401() {
        String longest = "u".repeat(255);
        withToken(BadToken.valid(longest)).body(routineSession(hoursAgo(1))).post("/sessions").then().statusCode(201);
        withToken(BadToken.valid(longest)).get("/sessions").then().statusCode(200);
        withToken(BadToken.SUBJECT_OF_256_CHARACTERS.forUser("ignored")).body(routineSession(hoursAgo(1))).post("/sessions").then()
                .statusCode(401).contentType("application/problem+json");
        withToken(BadToken.valid("u".repeat(5000))).get("/sessions").then().statusCode(401);
    }

    @Test
    void aSubjectWithALineBreakIs401() {
        withToken(BadToken.valid("alice\nbob")).get("/check-ins").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIssuedWithinTheLeewayIsAccepted() {
        withToken(BadToken.validIssuedAhead(Requests.newUser(), 20)).get("/sessions").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json");
    }
}
