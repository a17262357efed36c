package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.backhabit.catalog.CatalogAdminTest.exercise;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Admin text with control characters, over-long slugs and URIs: 4xx problems, nothing stored. */
@QuarkusTest
class BoundedInputTest {

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops")).contentType("application/json");
    }

    private static String slug() {
        return "b-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"name\":\"Test move", "\"Sit tall.", "\"Breathe out", "\"Stop if it hurts."})
    void adminTextWithANulIsRefusedAndNothingStored(String place) {
        String slug = slug();
        String body = exercise(slug, "STRETCH", "").replace(place, place + "\\u0000");
        admin().body(body).post("/exercises").then().statusCode(400).contentType("application/problem+json");
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void theFieldIsNamed() {
        String body = exercise(slug(), "STRETCH", "").replace("\"name\":\"Test move", "\"name\":\"Test\\u0007move");
        admin().body(body).post("/exercises").then().statusCode(400).body("violations.field", hasItem("name"));
    }

    @Test
    void aSlugOver60CharactersIsRefused() {
        String slug = "a".repeat(61);
        admin().body(exercise(slug, "STRETCH", "")).post("/exercises").then().statusCode(400).body("violations.field", hasItem("slug"));
    }

    @Test
    void aLookupWithAVeryLongSlugIs414Problem() {
        given().get("/exercises/" + "a".repeat(5000)).then().statusCode(414).contentType("application/problem+json").body("status", is(414));
    }
}
