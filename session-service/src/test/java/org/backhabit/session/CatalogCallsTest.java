package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How session-service asks the catalog: each slug once per request, fresh answers, and a client error is no outage. */
@QuarkusTest
class CatalogCallsTest {

    @Test
    void catalogClientErrorsNeverOpenTheCircuitForOthers() {
        for (int i = 0; i < 12; i++) {
            as(newUser()).body(adHoc("refused-" + i)).post("/sessions").then().statusCode(422);
        }
        String fresh = "fresh-" + UUID.randomUUID();
        StubCatalog.addExercise(fresh, "MOBILITY");
        as(newUser()).body(adHoc(fresh)).post("/sessions").then().statusCode(201);
    }

    @Test
    void eachSlugIsLookedUpOncePerRequest() {
        String ghost = "ghost-" + UUID.randomUUID();
        String entries = String.join(",", Collections.nCopies(50, "{\"exerciseSlug\":\"" + ghost + "\"}"));
        as(newUser()).body("""
                {"exercises":[%s],"completedAt":"%s","timeZone":"UTC","durationMinutes":5}""".formatted(entries, hoursAgo(1)))
                .post("/sessions").then().statusCode(422);
        assertEquals(1, StubCatalog.requestsFor("/exercises/" + ghost));
    }

    @Test
    void aNewExerciseIsAcceptedAtOnceEvenIfLookedUpBefore() {
        String slug = "new-" + UUID.randomUUID();
        as(newUser()).body(adHoc(slug)).post("/sessions").then().statusCode(422);
        StubCatalog.addExercise(slug, "STRENGTH");
        as(newUser()).body(adHoc(slug)).post("/sessions").then().statusCode(201);
    }

    @Test
    void aDeletedExerciseIsRefusedWithinFiveSeconds() {
        String slug = "doomed-" + UUID.randomUUID();
        StubCatalog.addExercise(slug, "STRETCH");
        as(newUser()).body(adHoc(slug)).post("/sessions").then().statusCode(201);
        StubCatalog.removeExercise(slug);
        String user = newUser();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(user).body(adHoc(slug)).post("/sessions").then().extract().statusCode() == 422);
    }

    private static String adHoc(String exerciseSlug) {
        return """
                {"exercises":[{"exerciseSlug":"%s"}],"completedAt":"%s","timeZone":"UTC","durationMinutes":5}""".formatted(exerciseSlug, hoursAgo(1));
    }
}
