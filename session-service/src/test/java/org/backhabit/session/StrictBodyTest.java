package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OneChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.backhabit.localstack.testing.ProblemAssertions.assertBadRequest;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasSize;

/**
 * Strict JSON at the API: each case takes a body that is recorded as it is, changes one thing, and
 * expects a 400 problem naming that field, with nothing stored.
 */
@QuarkusTest
class StrictBodyTest {

    private static String session() {
        return """
                {"exercises":[{"exerciseSlug":"cat-cow","sets":2,"reps":10,"holdSeconds":30}],"completedAt":"%s",
                 "timeZone":"Europe/Berlin","durationMinutes":14,"painBefore":5,"painAfter":3,"effort":6,"notes":"steady"}"""
                .formatted(hoursAgo(2));
    }

    private static String checkIn() {
        return """
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":6,"areas":["NECK","SHOULDERS"],"redFlags":["NIGHT_PAIN"]}"""
                .formatted(hoursAgo(1));
    }

    @Test
    void theUnchangedBodiesAreAccepted() {
        String user = newUser();
        as(user).body(session()).post("/sessions").then().statusCode(201);
        as(user).body(session()).put("/sessions/" + as(user).get("/sessions").path("items[0].id")).then().statusCode(200);
        as(user).body(checkIn()).post("/check-ins").then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for an integer          | `\"painBefore\":5`           | `\"painBefore\":4.5`              | painBefore",
            "whole float for an integer    | `\"durationMinutes\":14`     | `\"durationMinutes\":14.0`        | durationMinutes",
            "text for an integer           | `\"effort\":6`               | `\"effort\":\"6\"`                | effort",
            "float in an exercise          | `\"sets\":2`                 | `\"sets\":2.5`                    | exercises[0].sets",
            "number for a text             | `\"timeZone\":\"Europe/Berlin\"` | `\"timeZone\":1`              | timeZone",
            "escaped NUL in the notes      | `\"notes\":\"steady\"`       | `\"notes\":\"ste\\u0000ady\"`     | notes",
            "unknown field                 | `\"effort\":6`               | `\"effort\":6,\"mood\":\"good\"`  | mood",
            "unknown field in an exercise  | `\"reps\":10`                | `\"reps\":10,\"weightKg\":5`      | exercises[0].weightKg",
            "repeated field                | `\"painAfter\":3`            | `\"painAfter\":3,\"painAfter\":9` | painAfter",
            "text after the document       | `\"notes\":\"steady\"}`      | `\"notes\":\"steady\"} {}`        | body",
            "number for a date-time        | `\"completedAt\":\"20`       | `\"completedAt\":1763650000,\"notes\":\"20` | completedAt",
    })
    void aSessionWithOneThingChangedIs400NamingTheField(String rule, String from, String to, String field) {
        String user = newUser();
        assertBadRequest(as(user).body(OneChange.of(session(), from, to)).post("/sessions").then(), "/sessions", field);
        String id = as(user).body(session()).post("/sessions").then().statusCode(201).extract().path("id");
        assertBadRequest(as(user).body(OneChange.of(session(), from, to)).put("/sessions/" + id).then(), "/sessions/" + id, field);
        as(user).get("/sessions").then().body("items", hasSize(1)).body("items[0].revision", org.hamcrest.Matchers.is(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for an integer     | `\"painLevel\":6`         | `\"painLevel\":6.5`          | painLevel",
            "number for an enum       | `[\"NECK\",`              | `[0,`                         | areas[0]",
            "number for a red flag    | `[\"NIGHT_PAIN\"]`        | `[7]`                         | redFlags[0]",
            "unknown field            | `\"painLevel\":6`         | `\"painLevel\":6,\"mood\":1`  | mood",
            "text after the document  | `]}`                      | `]}]`                         | body",
    })
    void aCheckInWithOneThingChangedIs400NamingTheField(String rule, String from, String to, String field) {
        String user = newUser();
        assertBadRequest(as(user).body(OneChange.of(checkIn(), from, to)).post("/check-ins").then(), "/check-ins", field);
        as(user).get("/check-ins").then().body("items", hasSize(0));
    }
}
