package org.backhabit.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.DevJwtResource;
import org.backhabit.localstack.testing.PostgresResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
@QuarkusTestResource(DevJwtResource.class)
class CatalogReadTest {

    @Test
    void listsTheSeededLibraryWithATotal() {
        given().when().get("/exercises?size=100")
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", notNullValue())
                .body("total", greaterThanOrEqualTo(25))
                .body("page", is(0))
                .body("size", is(100))
                .body("items.slug", hasItem("wall-angels"));
    }

    @Test
    void filtersByCategory() {
        given().when().get("/exercises?category=STRETCH&size=100")
                .then().statusCode(200)
                .body("items.category", everyItem(equalTo("STRETCH")))
                .body("items.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void combinesFilters() {
        given().when().get("/exercises?deskFriendly=true&maxMinutes=3&position=SEATED&size=100")
                .then().statusCode(200)
                .body("items.deskFriendly", everyItem(is(true)))
                .body("items.estimatedMinutes", everyItem(lessThanOrEqualTo(3)))
                .body("items.positions.flatten()", hasItem("SEATED"));
    }

    @Test
    void unknownFilterValueIs400ProblemNamingTheParameter() {
        given().when().get("/exercises?category=JUGGLING")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("violations[0].field", is("category"));
    }

    @Test
    void pageSizeOver100Is400() {
        given().when().get("/exercises?size=101").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void matchingEtagAnswers304() {
        String etag = given().when().get("/exercises?category=STRETCH").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/exercises?category=STRETCH")
                .then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", etag).when().get("/exercises?category=STRENGTH")
                .then().statusCode(200);
    }

    @Test
    void routineIsServedWithItsExercisesResolved() {
        given().when().get("/routines/posture-strength")
                .then().statusCode(200)
                .body("kind", is("STRENGTH"))
                .body("items[0].exercise.category", is("WARM_UP"))
                .body("items.exercise.slug", everyItem(notNullValue()));
    }

    @Test
    void routinesFilterByKind() {
        given().when().get("/routines?kind=DESK_BREAK")
                .then().statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(1)))
                .body("items.kind", everyItem(is("DESK_BREAK")));
    }

    @Test
    void unknownSlugIs404Problem() {
        given().when().get("/exercises/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", is("/exercises/no-such-thing"));
        given().when().get("/routines/no-such-thing").then().statusCode(404);
    }

    @Test
    void redFlagsCarryUrgency() {
        given().when().get("/guidance/red-flags")
                .then().statusCode(200)
                .body("find { it.code == 'CHEST_PAIN' }.urgency", is("IMMEDIATE"))
                .body("code", hasItem("NUMBNESS_OR_TINGLING"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/exercises'.get.summary", startsWith("List exercises"));
    }
}
