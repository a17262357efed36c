package org.backhabit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.catalog.model.CatalogSeed;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.service.CatalogSeeder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every catalog text in German on request, English for anything else. */
@QuarkusTest
class LocalizedCatalogTest {

    /**
     * Texts that are the same word in both languages may stay as they are. None of the shipped
     * texts is; list one here (with its field) only if the German really is the English word.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    /** English words that do not occur in German text: finding one means an untranslated phrase. */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "your", "you", "and", "with", "of", "for", "this",
            "that", "from", "into", "keep", "hold", "stop", "breathe", "slowly", "back", "shoulder", "pain");

    /** The shipped library (other tests add documents in English only). */
    private static final CatalogSeed SHIPPED = CatalogSeeder.readSeeds(new ObjectMapper()).get(0);
    private static final Set<String> SHIPPED_SLUGS = java.util.stream.Stream.concat(
            SHIPPED.exercises().stream().map(Exercise::slug), SHIPPED.routines().stream().map(Routine::slug))
            .collect(java.util.stream.Collectors.toSet());

    private static Response get(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void germanForEveryExerciseTextAndAltText() {
        Map<String, Map<String, Object>> english = bySlug(get("/exercises?size=100", "en").jsonPath(), "items");
        Response german = get("/exercises?size=100", "de");
        assertEquals("de", german.header("Content-Language"));
        assertTrue(german.header("Vary").contains("Accept-Language"), german.header("Vary"));
        Map<String, Map<String, Object>> deutsch = bySlug(german.jsonPath(), "items");
        assertEquals(SHIPPED.exercises().size(), english.size());
        assertEquals(english.keySet(), deutsch.keySet());
        List<String> untranslated = new ArrayList<>();
        english.forEach((slug, en) -> {
            Map<String, Object> de = deutsch.get(slug);
            compare(slug + ".name", en.get("name"), de.get("name"), untranslated);
            for (String list : List.of("steps", "cues", "cautions")) {
                List<?> enItems = (List<?>) en.get(list);
                List<?> deItems = (List<?>) de.get(list);
                assertEquals(enItems.size(), deItems.size(), slug + "." + list);
                for (int i = 0; i < enItems.size(); i++) {
                    compare(slug + "." + list + "[" + i + "]", enItems.get(i), deItems.get(i), untranslated);
                }
            }
            List<?> enMedia = (List<?>) en.get("media");
            List<?> deMedia = (List<?>) de.get("media");
            for (int i = 0; i < enMedia.size(); i++) {
                compare(slug + ".media[" + i + "].altText", ((Map<?, ?>) enMedia.get(i)).get("altText"),
                        ((Map<?, ?>) deMedia.get(i)).get("altText"), untranslated);
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void germanForEveryRoutineAndTheExercisesInIt() {
        Map<String, Map<String, Object>> english = bySlug(get("/routines?size=100", "en").jsonPath(), "items");
        Map<String, Map<String, Object>> deutsch = bySlug(get("/routines?size=100", "de").jsonPath(), "items");
        assertEquals(SHIPPED.routines().size(), english.size());
        assertEquals(english.keySet(), deutsch.keySet());
        List<String> untranslated = new ArrayList<>();
        english.forEach((slug, en) -> {
            compare(slug + ".name", en.get("name"), deutsch.get(slug).get("name"), untranslated);
            compare(slug + ".purpose", en.get("purpose"), deutsch.get(slug).get("purpose"), untranslated);
            JsonPath enOne = get("/routines/" + slug, "en").jsonPath();
            JsonPath deOne = get("/routines/" + slug, "de").jsonPath();
            List<String> enNames = enOne.getList("items.exercise.name");
            List<String> deNames = deOne.getList("items.exercise.name");
            for (int i = 0; i < enNames.size(); i++) {
                compare(slug + ".items[" + i + "].exercise.name", enNames.get(i), deNames.get(i), untranslated);
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void germanGuidanceForEveryRedFlag() {
        List<Map<String, Object>> english = get("/guidance/red-flags", "en").jsonPath().getList("$");
        List<Map<String, Object>> deutsch = get("/guidance/red-flags", "de").jsonPath().getList("$");
        assertEquals(english.size(), deutsch.size());
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            assertEquals(english.get(i).get("code"), deutsch.get(i).get("code"));
            assertEquals(english.get(i).get("urgency"), deutsch.get(i).get("urgency"));
            compare(english.get(i).get("code") + ".description", english.get(i).get("description"), deutsch.get(i).get("description"), untranslated);
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void unknownLanguagesGetEnglish() {
        for (String path : List.of("/exercises?size=100", "/routines/posture-strength", "/guidance/red-flags")) {
            Response english = get(path, "en");
            Response french = get(path, "fr");
            assertEquals("en", french.header("Content-Language"), path);
            assertEquals(english.asString(), french.asString(), path);
            assertEquals(english.asString(), given().when().get(path).then().statusCode(200).extract().asString(), path + " without a header");
        }
        given().header("Accept-Language", "fr-FR, de;q=0.7").when().get("/exercises/chin-tucks")
                .then().statusCode(200).header("Content-Language", "de").body("name", is("Kinn zurückschieben"));
        given().header("Accept-Language", ";;;=").when().get("/exercises/chin-tucks")
                .then().statusCode(200).header("Content-Language", "en").body("name", is("Chin tucks"));
    }

    @Test
    void entityTagsAndTheResponseCacheAreKeptPerLanguage() {
        String path = "/exercises/wall-angels";
        String englishTag = get(path, "en").header("ETag");
        String germanTag = get(path, "de").header("ETag");
        assertNotEquals(englishTag, germanTag);
        given().header("Accept-Language", "de").header("If-None-Match", germanTag).when().get(path)
                .then().statusCode(304).header("Content-Language", "de");
        given().header("Accept-Language", "en").header("If-None-Match", germanTag).when().get(path)
                .then().statusCode(200).header("Content-Language", "en").body("name", is("Wall angels"));
        given().header("Accept-Language", "de").when().get(path)
                .then().statusCode(200).body("name", is("Wandengel"));
    }

    @Test
    void freeTextSearchLooksInTheAnswersLanguage() {
        given().header("Accept-Language", "de").when().get("/exercises?q=schulterbl&size=100")
                .then().statusCode(200).body("items.slug", hasItem("shoulder-blade-squeezes"))
                .body("items.name", hasItem(containsString("Schulterbl")));
        given().header("Accept-Language", "en").when().get("/exercises?q=schulterbl&size=100")
                .then().statusCode(200).body("total", is(0));
    }

    private static void compare(String field, Object english, Object german, List<String> untranslated) {
        String en = String.valueOf(english);
        String de = String.valueOf(german);
        if (de.isBlank()) {
            untranslated.add(field + " is empty");
        } else if (en.equals(de) && !SAME_IN_BOTH.contains(en)) {
            untranslated.add(field + " is still English: " + en);
        } else {
            Arrays.stream(de.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(ENGLISH_ONLY::contains).findFirst()
                    .ifPresent(word -> untranslated.add(field + " has the English word '" + word + "': " + de));
        }
    }

    private static Map<String, Map<String, Object>> bySlug(JsonPath json, String path) {
        List<Map<String, Object>> items = json.getList(path);
        Map<String, Map<String, Object>> bySlug = new java.util.LinkedHashMap<>();
        items.stream().filter(item -> SHIPPED_SLUGS.contains((String) item.get("slug")))
                .forEach(item -> bySlug.put((String) item.get("slug"), item));
        return bySlug;
    }
}
