package org.backhabit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.service.CatalogSeeder;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped exercise shows its positions: an SVG served with caching headers and a CSP, described in both languages. */
@QuarkusTest
class MediaTest {

    @Test
    void everyExerciseHasAnSvgWithAltTextInBothLanguages() {
        JsonPath english = given().header("Accept-Language", "en").get("/exercises?size=100").then().statusCode(200).extract().jsonPath();
        JsonPath german = given().header("Accept-Language", "de").get("/exercises?size=100").then().statusCode(200).extract().jsonPath();
        List<String> shipped = CatalogSeeder.readSeeds(new ObjectMapper()).get(0).exercises().stream().map(Exercise::slug).toList();
        assertTrue(shipped.size() >= 35, "exercises: " + shipped.size());
        for (String slug : shipped) {
            List<Map<String, Object>> media = english.getList("items.find { it.slug == '" + slug + "' }.media");
            List<Map<String, Object>> deMedia = german.getList("items.find { it.slug == '" + slug + "' }.media");
            assertFalse(media.isEmpty(), slug + " has no media");
            for (int i = 0; i < media.size(); i++) {
                Map<String, Object> m = media.get(i);
                String alt = (String) m.get("altText");
                String deAlt = (String) deMedia.get(i).get("altText");
                assertTrue(alt != null && !alt.isBlank(), slug + " en alt text");
                assertTrue(deAlt != null && !deAlt.isBlank(), slug + " de alt text");
                assertNotEquals(alt, deAlt, slug);
                assertTrue((Integer) m.get("width") > 0 && (Integer) m.get("height") > 0, slug + " size");
                given().when().get((String) m.get("url"))
                        .then().statusCode(200)
                        .contentType("image/svg+xml")
                        .header("ETag", notNullValue())
                        .header("Cache-Control", containsString("max-age"))
                        .header("Content-Security-Policy", containsString("default-src 'none'"))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(startsWith("<svg"));
            }
        }
    }

    @Test
    void anUnchangedFileIs304() {
        String tag = given().get("/media/wall-angels.svg").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/media/wall-angels.svg")
                .then().statusCode(304).header("ETag", tag);
    }

    @Test
    void anUnknownFileIs404Problem() {
        given().when().get("/media/no-such-drawing.svg")
                .then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }
}
