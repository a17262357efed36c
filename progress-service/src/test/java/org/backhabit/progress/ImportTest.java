package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** progress's own export comes back through POST /progress/me/import: goal and pauses, once, and a bad file names its line. */
@QuarkusTest
class ImportTest extends EventDrivenTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Test
    void theExportOfOnePersonGivesAnotherTheSameGoalAndPausesAndASecondImportAddsNothing() {
        String from = "imp-" + UUID.randomUUID();
        String to = "imp-" + UUID.randomUUID();
        as(from).body("{\"sessionsPerWeek\":5,\"timeZone\":\"America/New_York\",\"weekStartsOn\":\"SUNDAY\"}").put("/progress/me/goal")
                .then().statusCode(200);
        as(from).body("{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"ILLNESS\"}".formatted(MONDAY, MONDAY.plusDays(4)))
                .post("/progress/me/pauses").then().statusCode(201);
        as(from).body("{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"TRAVEL\"}".formatted(MONDAY.plusWeeks(3), MONDAY.plusWeeks(3).plusDays(6)))
                .post("/progress/me/pauses").then().statusCode(201);
        String export = as(from).get("/progress/me/export").then().statusCode(200).extract().asString();
        // Pause ids are global: the same file cannot be imported by someone else while the first person still has the pauses.
        as(from).get("/progress/me/pauses").then().body("$", hasSize(2));

        as(from).body(export).post("/progress/me/import").then().statusCode(200)
                .body("goalImported", is(false)).body("pausesImported", is(0)).body("pausesAlreadyPresent", is(2));
        as(to).body(export).post("/progress/me/import").then().statusCode(400)
                .body("violations[0].message", containsString("belongs to someone else"));
        as(to).get("/progress/me/pauses").then().body("$", hasSize(0));
        as(to).get("/progress/me/goal").then().body("sessionsPerWeek", is(3));

        String ownExport = export.replace(from, to);
        for (Object id : as(from).get("/progress/me/pauses").then().extract().jsonPath().getList("id")) {
            as(from).delete("/progress/me/pauses/" + id).then().statusCode(204);
        }
        as(to).body(ownExport).post("/progress/me/import").then().statusCode(200)
                .body("goalImported", is(true)).body("pausesImported", is(2)).body("pausesAlreadyPresent", is(0));
        as(to).get("/progress/me/goal").then().body("sessionsPerWeek", is(5)).body("timeZone", is("America/New_York"))
                .body("weekStartsOn", is("SUNDAY"));
        as(to).get("/progress/me/pauses").then().body("$", hasSize(2)).body("reason", hasItem("TRAVEL"));
        as(to).body(ownExport).post("/progress/me/import").then().statusCode(200)
                .body("goalImported", is(false)).body("pausesImported", is(0)).body("pausesAlreadyPresent", is(2));
    }

    @Test
    void aBadLineIsNamedAndNothingChanges() {
        String user = "imp-" + UUID.randomUUID();
        String file = """
                {
                  "userId": "someone",
                  "goal": {"sessionsPerWeek": 4, "timeZone": "Europe/Berlin", "weekStartsOn": "MONDAY"},
                  "pauses": [
                    {"id": "%s", "from": "2026-10-05", "to": "2026-10-08", "reason": "TRAVEL"},
                    {"id": "%s", "from": "2026-11-02", "to": "2026-11-30", "reason": "TRAVEL"}
                  ]
                }""".formatted(UUID.randomUUID(), UUID.randomUUID());
        as(user).body(file).post("/progress/me/import").then().statusCode(400)
                .body("violations[0].field", is("pauses[1].to"))
                .body("violations[0].message", containsString("line 6"));
        as(user).get("/progress/me/goal").then().body("sessionsPerWeek", is(3));
        as(user).get("/progress/me/pauses").then().body("$", hasSize(0));

        as(user).body(file.replace("\"reason\": \"TRAVEL\"}\n", "\"reason\": \"HOLIDAY\"}\n")).post("/progress/me/import").then().statusCode(400)
                .body("violations[0].message", containsString("line 6"));
        as(user).body("{\"pauses\": {}}").post("/progress/me/import").then().statusCode(400)
                .body("violations[0].field", is("pauses")).body("violations[0].message", containsString("line 1"));
        assertEquals(List.of(), as(user).get("/progress/me/pauses").then().extract().jsonPath().getList("$", Map.class));
    }
}
