package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each filter of GET /exercises on its own, and pagination at its edges. */
@QuarkusTest
class CatalogFilterTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"equipment, FOAM_ROLLER, equipment", "muscle, RHOMBOIDS, targetAreas", "position, ALL_FOURS, positions"})
    void listFiltersKeepOnlyExercisesContainingTheValue(String param, String value, String field) {
        given().get("/exercises?size=100&" + param + "=" + value).then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items." + field, everyItem(hasItem(value)));
    }

    @Test
    void deskFriendlyFalseKeepsTheOthers() {
        given().get("/exercises?size=100&deskFriendly=false").then().statusCode(200)
                .body("items.size()", greaterThan(0)).body("items.deskFriendly", everyItem(is(false)));
        given().get("/exercises?deskFriendly=maybe").then().statusCode(400).body("violations[0].field", is("deskFriendly"));
    }

    @Test
    void maxMinutesKeepsShortExercises() {
        given().get("/exercises?size=100&maxMinutes=2").then().statusCode(200)
                .body("items.size()", greaterThan(0)).body("items.estimatedMinutes", everyItem(lessThanOrEqualTo(2)));
        given().get("/exercises?maxMinutes=soon").then().statusCode(400);
    }

    @Test
    void freeTextMatchesNameAndStepsIgnoringCase() {
        List<String> byName = given().get("/exercises?size=100&q=ANGEL").then().statusCode(200).extract().path("items.slug");
        assertTrue(byName.contains("wall-angels"), byName.toString());
        int wall = given().get("/exercises?size=100&q=wall").then().extract().path("total");
        assertTrue(wall >= byName.size());
        given().get("/exercises?q=zzzzqqq").then().body("total", is(0)).body("items", hasSize(0));
    }

    @Test
    void pagesAreStableAndAddUpToTheTotal() {
        int total = given().get("/exercises?size=100").then().extract().path("total");
        List<String> all = given().get("/exercises?size=100").then().extract().path("items.slug");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            paged.addAll(given().get("/exercises?size=7&page=" + page).then().statusCode(200)
                    .body("total", is(total)).body("size", is(7)).body("page", is(page)).extract().<List<String>>path("items.slug"));
        }
        assertEquals(all, paged);
        given().get("/exercises?size=7&page=" + (total / 7 + 1)).then().statusCode(200).body("items", hasSize(0)).body("total", is(total));
        given().get("/exercises?size=1").then().body("items", hasSize(1));
        given().get("/exercises?size=0").then().statusCode(400).body("violations[0].field", is("size"));
        given().get("/exercises?page=-1").then().statusCode(400).body("violations[0].field", is("page"));
        given().get("/routines?size=101").then().statusCode(400);
        given().get("/routines?kind=NAPPING").then().statusCode(400).body("violations[0].field", is("kind"));
    }
}
