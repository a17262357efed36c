package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OneChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.backhabit.localstack.testing.ProblemAssertions.assertBadRequest;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * Strict JSON on the goal and pauses: each case takes a body that is stored as it is, changes one
 * thing, and expects a 400 problem naming that field, with nothing changed.
 */
@QuarkusTest
class StrictBodyTest extends EventDrivenTest {

    private static final String GOAL = "{\"sessionsPerWeek\":4,\"timeZone\":\"America/New_York\",\"weekStartsOn\":\"SUNDAY\"}";
    private static final String PAUSE = "{\"from\":\"2026-11-23\",\"to\":\"2026-11-29\",\"reason\":\"TRAVEL\"}";

    @Test
    void theUnchangedBodiesAreAccepted() {
        String user = "s-" + UUID.randomUUID();
        as(user).body(GOAL).put("/progress/me/goal").then().statusCode(200).body("sessionsPerWeek", is(4));
        as(user).body(PAUSE).post("/progress/me/pauses").then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for an integer     | `\"sessionsPerWeek\":4`   | `\"sessionsPerWeek\":4.5`        | sessionsPerWeek",
            "whole float              | `\"sessionsPerWeek\":4`   | `\"sessionsPerWeek\":4.0`        | sessionsPerWeek",
            "number for the week start| `\"SUNDAY\"`              | `0`                               | weekStartsOn",
            "number for the zone      | `\"America/New_York\"`    | `-5`                              | timeZone",
            "escaped NUL in the zone  | `\"America/New_York\"`    | `\"America/New_York\\u0000\"`     | timeZone",
            "unknown field            | `\"sessionsPerWeek\":4`   | `\"sessionsPerWeek\":4,\"daily\":true` | daily",
            "text after the document  | `\"SUNDAY\"}`             | `\"SUNDAY\"},`                    | body",
    })
    void aGoalWithOneThingChangedIs400AndKeepsTheOldOne(String rule, String from, String to, String field) {
        String user = "s-" + UUID.randomUUID();
        assertBadRequest(as(user).body(OneChange.of(GOAL, from, to)).put("/progress/me/goal").then(), "/progress/me/goal", field);
        as(user).get("/progress/me/goal").then().body("sessionsPerWeek", is(3)).body("weekStartsOn", is("MONDAY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "number for the reason    | `\"TRAVEL\"`              | `2`                               | reason",
            "number for a date        | `\"2026-11-23\"`          | `20415`                           | from",
            "impossible date          | `\"2026-11-29\"`          | `\"2026-11-31\"`                  | to",
            "unknown field            | `\"reason\"`              | `\"note\":\"x\",\"reason\"`       | note",
            "text after the document  | `\"TRAVEL\"}`             | `\"TRAVEL\"}}`                    | body",
    })
    void aPauseWithOneThingChangedIs400AndStoresNothing(String rule, String from, String to, String field) {
        String user = "s-" + UUID.randomUUID();
        assertBadRequest(as(user).body(OneChange.of(PAUSE, from, to)).post("/progress/me/pauses").then(), "/progress/me/pauses", field);
        as(user).get("/progress/me/pauses").then().body("", hasSize(0));
    }
}
