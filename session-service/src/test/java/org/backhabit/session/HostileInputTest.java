package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

/** Whatever a client sends, the answer is a 4xx problem and nothing is stored: never a 500. */
@QuarkusTest
class HostileInputTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "", "null", "[]", "\"session\"", "42", "{", "{}", "{\"completedAt\":\"yesterday\"}", "{\"exercises\":\"cat-cow\"}",
            "{\"exercises\":[null]}", "{\"exercises\":[{}]}", "{\"durationMinutes\":99999999999999}", "{\"painBefore\":4.5}",
            "{\"routineSlug\":{\"$ne\":null}}", "{\"timeZone\":\"../../etc/passwd\",\"routineSlug\":\"desk-break\",\"durationMinutes\":5,\"completedAt\":\"2026-11-20T10:00:00Z\"}",
            "{\"routineSlug\":\"desk-break\",\"durationMinutes\":5,\"completedAt\":\"+999999999-12-31T23:59:59Z\",\"timeZone\":\"UTC\"}"})
    void aHostileSessionBodyIsA4xxProblem(String body) {
        String user = newUser();
        as(user).body(body).post("/sessions").then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
        as(user).get("/sessions").then().body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sessions?limit=0", "/sessions?limit=abc", "/sessions?from=2026-13-45", "/sessions?cursor=%00%01",
            "/sessions/not-a-uuid", "/check-ins?to=tomorrow", "/check-ins/42"})
    void hostileParametersAre4xxProblems(String path) {
        as(newUser()).get(path).then().statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType("application/problem+json");
    }
}
