package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Administrators add illustrations and translations at run time; routine items may leave the dosage to the exercise. */
@QuarkusTest
class CatalogAuthoringTest {

    private static final String DRAWING = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops"));
    }

    private static String slug() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUploadedDrawingIsServedAndListedOnAnExerciseWithGermanAltText() {
        String slug = slug();
        String file = slug + ".svg";
        admin().contentType("image/svg+xml").body(DRAWING.getBytes(StandardCharsets.UTF_8)).when().put("/media/" + file)
                .then().statusCode(201).header("Location", containsString("/media/" + file)).body("url", is("/media/" + file));
        given().when().get("/media/" + file).then().statusCode(200).contentType("image/svg+xml").body(is(DRAWING));
        admin().contentType("image/svg+xml").body(DRAWING.replace("r=\"4\"", "r=\"3\"").getBytes(StandardCharsets.UTF_8))
                .when().put("/media/" + file).then().statusCode(200);
        given().when().get("/media/" + file).then().statusCode(200).body(containsString("r=\"3\""));

        String media = ",\"media\":[{\"type\":\"image/svg+xml\",\"url\":\"/media/" + file + "\",\"altText\":\"A person sitting tall.\",\"width\":10,\"height\":10}]";
        admin().contentType("application/json").body(CatalogAdminTest.exercise(slug, "STRENGTH", media)).when().post("/exercises")
                .then().statusCode(201);
        admin().contentType("application/json").body("""
                {"name":"Testübung","steps":["Setz dich aufrecht hin.","Zieh die Schulterblätter zusammen."],
                 "cues":["Atme aus."],"cautions":["Hör auf, wenn es schmerzt."],
                 "altTexts":{"/media/%s":"Eine Person sitzt aufrecht."}}""".formatted(file))
                .when().put("/exercises/" + slug + "/translations/de").then().statusCode(200);

        given().header("Accept-Language", "de").when().get("/exercises/" + slug)
                .then().statusCode(200).header("Content-Language", "de")
                .body("name", is("Testübung"))
                .body("steps[0]", is("Setz dich aufrecht hin."))
                .body("media[0].altText", is("Eine Person sitzt aufrecht."))
                .body("media[0].url", is("/media/" + file));
        given().header("Accept-Language", "en").when().get("/exercises/" + slug)
                .then().statusCode(200).body("name", is("Test move " + slug)).body("media[0].altText", is("A person sitting tall."));
    }

    @Test
    void unsafeOrOversizedOrMislabelledFilesAreRefused() {
        String file = slug() + ".svg";
        admin().contentType("image/svg+xml").body("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))
                .when().put("/media/" + file).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
        admin().contentType("image/svg+xml").body("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))
                .when().put("/media/" + file).then().statusCode(422);
        byte[] large = new byte[600 * 1024];
        admin().contentType("image/png").body(large).when().put("/media/" + slug() + ".png")
                .then().statusCode(413).contentType("application/problem+json");
        admin().contentType("image/png").body(DRAWING.getBytes(StandardCharsets.UTF_8)).when().put("/media/" + file)
                .then().statusCode(400).body("violations.field", hasItem("Content-Type"));
        admin().contentType("text/html").body("<html/>".getBytes(StandardCharsets.UTF_8)).when().put("/media/" + slug() + ".html")
                .then().statusCode(415).contentType("application/problem+json");
        admin().contentType("image/svg+xml").body(DRAWING.getBytes(StandardCharsets.UTF_8)).when().put("/media/Bad Name.svg")
                .then().statusCode(400).body("violations.field", hasItem("name"));
        given().contentType("image/svg+xml").body(DRAWING.getBytes(StandardCharsets.UTF_8)).when().put("/media/" + file).then().statusCode(401);
        given().header("Authorization", "Bearer " + DevTokens.forUser("someone")).contentType("image/svg+xml").body(DRAWING.getBytes(StandardCharsets.UTF_8))
                .when().put("/media/" + file).then().statusCode(403);
        given().when().get("/media/" + file).then().statusCode(404);
    }

    @Test
    void anExerciseCanOnlyListUploadedMedia() {
        String slug = slug();
        String media = ",\"media\":[{\"type\":\"image/svg+xml\",\"url\":\"/media/nowhere.svg\",\"altText\":\"Nothing.\",\"width\":10,\"height\":10}]";
        admin().contentType("application/json").body(CatalogAdminTest.exercise(slug, "STRENGTH", media)).when().post("/exercises")
                .then().statusCode(422).body("violations.field", hasItem("media[0].url"));
        String noAlt = ",\"media\":[{\"type\":\"image/svg+xml\",\"url\":\"/media/wall-angels.svg\",\"altText\":\"\",\"width\":10,\"height\":10}]";
        admin().contentType("application/json").body(CatalogAdminTest.exercise(slug, "STRENGTH", noAlt)).when().post("/exercises")
                .then().statusCode(400).body("violations.field", hasItem(containsString("altText")));
        given().when().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void translationsAreCheckedAgainstTheirDocument() {
        String slug = slug();
        admin().contentType("application/json").body(CatalogAdminTest.exercise(slug, "STRENGTH", "")).when().post("/exercises")
                .then().statusCode(201);
        String text = """
                {"name":"Testübung","steps":["Eins."],"cues":["Atme aus."],"cautions":["Vorsicht."]}""";
        admin().contentType("application/json").body(text).when().put("/exercises/" + slug + "/translations/de")
                .then().statusCode(422).body("violations.field", hasItem("steps"));
        admin().contentType("application/json").body(text).when().put("/exercises/" + slug + "/translations/fr")
                .then().statusCode(400).body("violations.field", hasItem("language"));
        admin().contentType("application/json").body(text).when().put("/exercises/" + slug + "/translations/en")
                .then().statusCode(400).body("violations.field", hasItem("language"));
        admin().contentType("application/json").body(text).when().put("/exercises/no-such-move/translations/de")
                .then().statusCode(404);
        admin().contentType("application/json").body("{\"name\":\"\",\"steps\":[]}").when().put("/exercises/" + slug + "/translations/de")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(text).when().put("/exercises/" + slug + "/translations/de").then().statusCode(401);
        given().header("Accept-Language", "de").when().get("/exercises/" + slug).then().statusCode(200)
                .header("Content-Language", "de").body("name", is("Test move " + slug));
    }

    @Test
    void routineAndRedFlagTranslationsShowAtOnce() {
        String routine = slug();
        admin().contentType("application/json").body(CatalogAdminTest.routine(routine, "MOBILITY", "cat-cow")).when().post("/routines")
                .then().statusCode(201);
        admin().contentType("application/json").body("{\"name\":\"Testprogramm\",\"purpose\":\"Zum Testen.\"}")
                .when().put("/routines/" + routine + "/translations/de").then().statusCode(200);
        given().header("Accept-Language", "de").when().get("/routines/" + routine)
                .then().statusCode(200).body("name", is("Testprogramm")).body("purpose", is("Zum Testen."))
                .body("items[0].exercise.name", is("Katze-Kuh"));

        String original = given().header("Accept-Language", "de").get("/guidance/red-flags").then().extract()
                .path("find { it.code == 'NIGHT_PAIN' }.description");
        try {
            admin().contentType("application/json").body("{\"description\":\"Nächtliche Schmerzen: bitte ärztlich abklären lassen.\"}")
                    .when().put("/guidance/red-flags/NIGHT_PAIN/translations/de").then().statusCode(200);
            given().header("Accept-Language", "de").when().get("/guidance/red-flags")
                    .then().statusCode(200).body("find { it.code == 'NIGHT_PAIN' }.description", is("Nächtliche Schmerzen: bitte ärztlich abklären lassen."));
        } finally {
            admin().contentType("application/json").body(java.util.Map.of("description", original))
                    .when().put("/guidance/red-flags/NIGHT_PAIN/translations/de").then().statusCode(200);
        }
        admin().contentType("application/json").body("{\"description\":\"x\"}")
                .when().put("/guidance/red-flags/NO_SUCH_FLAG/translations/de").then().statusCode(404);
    }

    @Test
    void aRoutineItemWithoutADosageTakesTheExercisesOwn() {
        String routine = slug();
        admin().contentType("application/json").body("""
                {"slug":"%s","name":"Test routine","purpose":"Testing.","kind":"MOBILITY","estimatedMinutes":6,"recommendedPerWeek":3,
                 "items":[{"order":1,"exerciseSlug":"childs-pose"},
                          {"order":2,"exerciseSlug":"cat-cow","dosage":{"sets":3,"reps":12,"perSide":false}}]}""".formatted(routine))
                .when().post("/routines").then().statusCode(201).body("items[0].dosage.holdSeconds", is(30));
        given().when().get("/routines/" + routine).then().statusCode(200)
                .body("items[0].dosage.sets", is(2)).body("items[0].dosage.holdSeconds", is(30)).body("items[0].dosage.reps", nullValue())
                .body("items[1].dosage.sets", is(3)).body("items[1].dosage.reps", is(12));
        given().when().get("/routines?size=100").then().statusCode(200)
                .body("items.find { it.slug == '" + routine + "' }.items[0].dosage.holdSeconds", is(30));
    }
}
