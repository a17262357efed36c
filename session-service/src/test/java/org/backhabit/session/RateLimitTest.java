package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writes are limited per user per minute; past the limit a 429 says when to come back, and other users are unaffected. */
@QuarkusTest
class RateLimitTest {

    @ConfigProperty(name = "backhabit.rate-limit.writes-per-minute")
    int limit;

    @Test
    void writesPastTheLimitAre429WithRetryAfterAndRateLimitHeaders() {
        String user = newUser();
        Response last = null;
        int refused = 0;
        // A delete of a missing session is a cheap write; a minute boundary may reset the window once.
        for (int i = 0; i < 2 * limit + 2 && refused == 0; i++) {
            last = as(user).delete("/sessions/" + UUID.randomUUID());
            refused = last.statusCode() == 429 ? 1 : 0;
        }
        assertEquals(429, last.statusCode());
        last.then().contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit", matchesPattern("limit=" + limit + ", remaining=0, reset=\\d+"))
                .header("RateLimit-Policy", limit + ";w=60");
        as(user).get("/sessions").then().statusCode(200);
        as(newUser()).delete("/sessions/" + UUID.randomUUID()).then().statusCode(404);
    }
}
