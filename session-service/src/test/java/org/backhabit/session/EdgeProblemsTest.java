package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** What the HTTP layer refuses before any resource runs still comes back as problem+json. */
@QuarkusTest
class EdgeProblemsTest {

    @Test
    void aBodyOverTheLimitIs413Problem() {
        String user = newUser();
        String notes = "x".repeat(100_000);
        as(user).body("{\"notes\":\"" + notes + "\"}").post("/sessions").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        as(user).get("/sessions").then().body("items", hasSize(0));
    }

    @Test
    void aVeryLongUriIs414Problem() {
        as(newUser()).get("/sessions?from=" + "9".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", is(414));
    }

    @Test
    void hugeHeadersAre431Problem() {
        as(newUser()).header("X-Padding", "p".repeat(30_000)).get("/sessions").then().statusCode(431)
                .contentType("application/problem+json").body("status", is(431));
    }

    @Test
    void aForeignOriginIs403ProblemAndAListedOneIsServed() {
        as(newUser()).header("Origin", "https://evil.example").get("/sessions").then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/sessions").then().statusCode(403).contentType("application/problem+json");
        as(newUser()).header("Origin", "http://localhost:5173").get("/sessions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
