package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.testing.OneChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.backhabit.catalog.CatalogAdminTest.exercise;
import static org.backhabit.catalog.CatalogAdminTest.routine;
import static org.backhabit.localstack.testing.ProblemAssertions.assertBadRequest;
import static org.hamcrest.Matchers.is;

/**
 * Strict JSON on the admin writes: each case takes a body that is stored as it is, changes one
 * thing, and expects a 400 problem naming that field, with the catalog unchanged.
 */
@QuarkusTest
class StrictBodyTest {

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops")).contentType("application/json");
    }

    private static String slug() {
        return "s-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theUnchangedBodiesAreAccepted() {
        String slug = slug();
        admin().body(exercise(slug, "STRETCH", "")).post("/exercises").then().statusCode(201);
        admin().body(routine(slug + "-r", "MOBILITY", slug)).post("/routines").then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for an integer       | `\"difficulty\":1`      | `\"difficulty\":1.5`            | difficulty",
            "float in the dosage        | `\"sets\":2`            | `\"sets\":2.5`                  | dosage.sets",
            "number for an enum         | `\"category\":\"STRETCH\"` | `\"category\":3`             | category",
            "number in an enum list     | `[\"RHOMBOIDS\"]`       | `[4]`                           | targetAreas[0]",
            "text for a boolean         | `\"deskFriendly\":true` | `\"deskFriendly\":\"true\"`     | deskFriendly",
            "escaped NUL in a step      | `\"Sit tall.\"`         | `\"Sit\\u0000tall.\"`           | steps[0]",
            "unknown field              | `\"difficulty\":1`      | `\"difficulty\":1,\"level\":1`  | level",
            "text after the document    | `\"estimatedMinutes\":2}` | `\"estimatedMinutes\":2}x`    | body",
    })
    void anExerciseWithOneThingChangedIs400NamingTheField(String rule, String from, String to, String field) {
        String slug = slug();
        String valid = exercise(slug, "STRETCH", "");
        assertBadRequest(admin().body(OneChange.of(valid, from, to)).post("/exercises").then(), "/exercises", field);
        given().get("/exercises/" + slug).then().statusCode(404);
        admin().body(valid).post("/exercises").then().statusCode(201);
        assertBadRequest(admin().body(OneChange.of(valid.replace("Test move", "Renamed move"), from, to)).put("/exercises/" + slug).then(),
                "/exercises/" + slug, field);
        given().get("/exercises/" + slug).then().statusCode(200).body("name", is("Test move " + slug));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for the order        | `\"order\":1`           | `\"order\":1.0`                 | items[0].order",
            "number for the kind        | `\"kind\":\"MOBILITY\"` | `\"kind\":1`                    | kind",
            "unknown field in an item   | `\"order\":1`           | `\"order\":1,\"rest\":30`       | items[0].rest",
            "repeated field             | `\"recommendedPerWeek\":3` | `\"recommendedPerWeek\":3,\"recommendedPerWeek\":9` | recommendedPerWeek",
    })
    void aRoutineWithOneThingChangedIs400NamingTheField(String rule, String from, String to, String field) {
        String slug = slug();
        assertBadRequest(admin().body(OneChange.of(routine(slug, "MOBILITY", "cat-cow"), from, to)).post("/routines").then(), "/routines", field);
        given().get("/routines/" + slug).then().statusCode(404);
    }
}
