package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class CatalogAdminTest {

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops")).contentType("application/json");
    }

    private static RequestSpecification user() {
        return given().header("Authorization", "Bearer " + DevTokens.forUser("someone")).contentType("application/json");
    }

    static String exercise(String slug, String category, String extra) {
        return """
                {"slug":"%s","name":"Test move %s","category":"%s","targetAreas":["RHOMBOIDS"],"equipment":["NONE"],
                 "positions":["SEATED"],"deskFriendly":true,"dosage":{"sets":2,"reps":12,"perSide":false},
                 "steps":["Sit tall.","Squeeze the shoulder blades."],"cues":["Breathe out"],"cautions":["Stop if it hurts."],
                 "difficulty":1,"estimatedMinutes":2%s}""".formatted(slug, slug, category, extra);
    }

    static String routine(String slug, String kind, String... exercises) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < exercises.length; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"order":%d,"exerciseSlug":"%s","dosage":{"sets":2,"reps":10,"perSide":false}}""".formatted(i + 1, exercises[i]));
        }
        return """
                {"slug":"%s","name":"Test routine","purpose":"Testing.","kind":"%s","estimatedMinutes":6,"recommendedPerWeek":3,"items":[%s]}"""
                .formatted(slug, kind, items);
    }

    private static String slug() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void writesNeedAToken401AndTheAdminGroup403() {
        given().contentType("application/json").body(exercise(slug(), "STRETCH", "")).post("/exercises")
                .then().statusCode(401).contentType("application/problem+json");
        user().body(exercise(slug(), "STRETCH", "")).post("/exercises").then().statusCode(403).contentType("application/problem+json");
        user().delete("/exercises/wall-angels").then().statusCode(403);
        given().get("/exercises/wall-angels").then().statusCode(200);
    }

    @Test
    void anAdminCreatesReplacesAndDeletesAnExercise() {
        String slug = slug();
        admin().body(exercise(slug, "STRETCH", "")).post("/exercises")
                .then().statusCode(201).header("Location", endsWith("/exercises/" + slug));
        given().get("/exercises/" + slug).then().statusCode(200).body("category", is("STRETCH"));
        admin().body(exercise(slug, "MOBILITY", "")).put("/exercises/" + slug).then().statusCode(200);
        given().get("/exercises?category=MOBILITY&size=100").then().body("items.slug", hasItem(slug));
        admin().delete("/exercises/" + slug).then().statusCode(204);
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void aWriteReplacesTheCachedAnswerAndItsEtag() {
        String slug = slug();
        admin().body(exercise(slug, "STRETCH", "")).post("/exercises").then().statusCode(201);
        String before = given().get("/exercises/" + slug).then().statusCode(200).body("category", is("STRETCH")).extract().header("ETag");
        given().get("/exercises?size=100&category=POSTURE").then().statusCode(200);
        admin().body(exercise(slug, "POSTURE", "")).put("/exercises/" + slug).then().statusCode(200);
        given().header("If-None-Match", before).get("/exercises/" + slug).then().statusCode(200).body("category", is("POSTURE"));
        given().get("/exercises?size=100&category=POSTURE").then().body("items.slug", hasItem(slug));
    }

    @Test
    void aDuplicateSlugIs409() {
        admin().body(exercise("wall-angels", "STRENGTH", "")).post("/exercises").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anInvalidExerciseIs400WithViolationsAndChangesNothing() {
        String slug = slug();
        String bad = exercise(slug, "STRETCH", "").replace("\"difficulty\":1", "\"difficulty\":5").replace("\"steps\":[\"Sit tall.\",\"Squeeze the shoulder blades.\"]", "\"steps\":[]");
        admin().body(bad).post("/exercises").then().statusCode(400)
                .body("violations.field", hasItem("difficulty"))
                .body("violations.field", hasItem("steps"));
        admin().body(exercise("Not A Slug", "STRETCH", "")).post("/exercises").then().statusCode(400).body("violations.field", hasItem("slug"));
        admin().body(exercise(slug, "JUGGLING", "")).post("/exercises").then().statusCode(400).body("violations[0].field", is("category"));
        admin().body(exercise(slug, "STRETCH", "").replace("\"reps\":12,", "")).post("/exercises").then().statusCode(400)
                .body("violations[0].field", is("dosage"));
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void anUnknownVariantIs422() {
        admin().body(exercise(slug(), "STRETCH", ",\"harderVariant\":\"no-such-move\"")).post("/exercises")
                .then().statusCode(422).body("violations[0].field", is("harderVariant"));
    }

    @Test
    void replacingNeedsTheSameSlugAndAnExistingExercise() {
        admin().body(exercise("wall-angels", "STRENGTH", "")).put("/exercises/bird-dog").then().statusCode(400).body("violations[0].field", is("slug"));
        String slug = slug();
        admin().body(exercise(slug, "STRETCH", "")).put("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void aRoutineCannotReferenceAMissingExercise() {
        admin().body(routine(slug(), "MOBILITY", "cat-cow", "no-such-move")).post("/routines")
                .then().statusCode(422).body("violations[0].field", is("items[1].exerciseSlug"));
    }

    @Test
    void aStrengthRoutineMustStartWithAWarmUp() {
        admin().body(routine(slug(), "STRENGTH", "wall-angels")).post("/routines")
                .then().statusCode(422).body("violations[0].field", is("items[0].exerciseSlug"));
    }

    @Test
    void anExerciseUsedByARoutineCannotBeDeletedUntilTheRoutineIsGone() {
        String move = slug();
        String routineSlug = slug();
        admin().body(exercise(move, "STRETCH", "")).post("/exercises").then().statusCode(201);
        admin().body(routine(routineSlug, "MOBILITY", "cat-cow", move)).post("/routines")
                .then().statusCode(201).body("items[1].exercise.slug", is(move));
        admin().delete("/exercises/" + move).then().statusCode(409).contentType("application/problem+json");
        admin().delete("/routines/" + routineSlug).then().statusCode(204);
        admin().delete("/exercises/" + move).then().statusCode(204);
        admin().delete("/routines/" + routineSlug).then().statusCode(404);
    }

    @Test
    void unknownSlugsAre404ForWrites() {
        admin().delete("/exercises/" + slug()).then().statusCode(404).contentType("application/problem+json");
        String slug = slug();
        admin().body(routine(slug, "MOBILITY", "cat-cow")).put("/routines/" + slug).then().statusCode(404);
    }
}
