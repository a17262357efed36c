package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.backhabit.localstack.testing.CsvRows;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complete export (JSON and spreadsheet-safe CSV) and import of the service's own JSON export. */
@QuarkusTest
class DataExportImportTest {

    private static final String HOSTILE_NOTES = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static void someHistory(String user) {
        as(user).body(routineSession(hoursAgo(50))).post("/sessions").then().statusCode(201);
        as(user).body("""
                {"exercises":[{"exerciseSlug":"cat-cow","sets":2,"reps":10}],"completedAt":"%s","timeZone":"Europe/Berlin",
                 "durationMinutes":9,"painBefore":6,"painAfter":4,"effort":3,"notes":%s}"""
                .formatted(hoursAgo(20), quoted(HOSTILE_NOTES)))
                .post("/sessions").then().statusCode(201);
        as(user).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":6,"areas":["NECK"],"redFlags":["NIGHT_PAIN"]}""".formatted(hoursAgo(2)))
                .post("/check-ins").then().statusCode(201);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    @Test
    void theJsonExportHoldsEverySessionWithExercisesAndNotesAndEveryCheckIn() {
        String user = newUser();
        someHistory(user);
        JsonPath export = as(user).get("/me/export?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals("backhabit.sessions", export.getString("format"));
        assertEquals(user, export.getString("userId"));
        assertEquals(2, export.getList("sessions").size());
        assertEquals("steady", export.getString("sessions[0].notes"));
        assertEquals(HOSTILE_NOTES, export.getString("sessions[1].notes"));
        assertEquals("cat-cow", export.getString("sessions[1].exercises[0].exerciseSlug"));
        assertEquals(List.of("NECK"), export.getList("checkIns[0].areas"));
        assertEquals(List.of("NIGHT_PAIN"), export.getList("checkIns[0].redFlags"));
    }

    @Test
    void theCsvExportHoldsEverySessionAndCheckInWithTheirValues() {
        String user = newUser();
        someHistory(user);
        JsonPath json = as(user).get("/me/export").then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> rows = CsvRows.read(as(user).get("/me/export?format=csv").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"backhabit-sessions.csv\"")).extract().asString());
        List<Map<String, String>> sessions = CsvRows.ofKind(rows, "SESSION");
        assertEquals(2, sessions.size());
        Map<String, String> withNotes = sessions.get(1);
        assertEquals(List.of(json.getString("sessions[1].id"), "1", "9", "6", "4", "3", "'" + HOSTILE_NOTES, "Europe/Berlin"),
                List.of(withNotes.get("id"), withNotes.get("revision"), withNotes.get("durationMinutes"), withNotes.get("painBefore"),
                        withNotes.get("painAfter"), withNotes.get("effort"), withNotes.get("notes"), withNotes.get("timeZone")));
        assertTrue(withNotes.get("exercises").contains("\"exerciseSlug\":\"cat-cow\""), withNotes.get("exercises"));
        Map<String, String> checkIn = CsvRows.ofKind(rows, "CHECK_IN").get(0);
        assertEquals(List.of(json.getString("checkIns[0].id"), "6", "NECK", "NIGHT_PAIN", json.getString("checkIns[0].localDate")),
                List.of(checkIn.get("id"), checkIn.get("painLevel"), checkIn.get("areas"), checkIn.get("redFlags"), checkIn.get("localDate")));
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreEscaped() {
        String user = newUser();
        someHistory(user);
        String csv = as(user).get("/me/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertTrue(lines[0].startsWith("\"record\",\"id\""), lines[0]);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), csv);
        for (String line : lines) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(bare.isEmpty() || "=+-@\t\r".indexOf(bare.charAt(0)) < 0, "unescaped cell " + cell);
            }
        }
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        as(newUser()).get("/me/export?format=xlsx").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("format"));
    }

    @Test
    void exportEraseImportRestoresTheSameRecordsAndASecondImportAddsNothing() {
        String user = newUser();
        someHistory(user);
        String file = as(user).get("/me/export").then().statusCode(200).extract().asString();
        as(user).delete("/me").then().statusCode(202);
        as(user).get("/sessions").then().body("items", hasSize(0));

        as(user).body(file).post("/me/import").then().statusCode(200)
                .body("sessionsImported", equalTo(2)).body("checkInsImported", equalTo(1));
        as(user).body(file).post("/me/import").then().statusCode(200)
                .body("sessionsImported", equalTo(0)).body("sessionsAlreadyPresent", equalTo(2))
                .body("checkInsImported", equalTo(0)).body("checkInsAlreadyPresent", equalTo(1));
        JsonPath before = JsonPath.from(file);
        JsonPath after = as(user).get("/me/export").then().extract().jsonPath();
        assertEquals(withoutBookkeeping(before.getList("sessions")), withoutBookkeeping(after.getList("sessions")));
        assertEquals(withoutBookkeeping(before.getList("checkIns")), withoutBookkeeping(after.getList("checkIns")));
    }

    /** recordedAt and updatedAt say when this service learnt of a record, which an import changes by nature. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withoutBookkeeping(List<Object> records) {
        return records.stream().map(r -> {
            Map<String, Object> copy = new java.util.TreeMap<>((Map<String, Object>) r);
            copy.remove("recordedAt");
            copy.remove("updatedAt");
            return (Map<String, Object>) copy;
        }).toList();
    }

    @Test
    void aFileOfAnotherUsersRecordsIsRefusedNamingTheLine() {
        String source = newUser();
        someHistory(source);
        String file = as(source).get("/me/export").then().statusCode(200).extract().asString();
        String thief = newUser();
        as(thief).body(file).post("/me/import").then().statusCode(400)
                .body("violations.message", hasItem(containsString("already taken by another record")));
        as(thief).get("/sessions").then().body("items", hasSize(0));
    }

    @Test
    void aBadLineRejectsTheWholeFileAndIsNamed() {
        String user = newUser();
        String file = """
                {"format":"backhabit.sessions","version":1,
                 "sessions":[
                  {"id":"5b0c2a56-1111-4c3e-9d6b-3b1d9c1a0001","revision":1,"routineSlug":"posture-strength","exercises":[],
                   "completedAt":"2026-01-10T18:00:00+01:00","timeZone":"Europe/Berlin","kind":"STRENGTH","durationMinutes":14},
                  {"id":"5b0c2a56-1111-4c3e-9d6b-3b1d9c1a0002","revision":1,"routineSlug":"posture-strength","exercises":[],
                   "completedAt":"2026-01-11T18:00:00+01:00","timeZone":"Europe/Berlin","kind":"STRENGTH","durationMinutes":14,"painBefore":11}
                 ],
                 "checkIns":[]}""";
        as(user).body(file).post("/me/import").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("sessions[1].painBefore"))
                .body("violations[0].message", containsString("line 5"))
                .body("detail", containsString("Nothing was changed"));
        as(user).get("/sessions").then().body("items", hasSize(0));
    }

    @Test
    void brokenJsonIsNamedByItsLine() {
        as(newUser()).body("{\"format\":\"backhabit.sessions\",\n\"sessions\":[\n{\"id\": nope}]}").post("/me/import")
                .then().statusCode(400).body("violations[0].message", containsString("line 3"));
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        as(newUser()).body(Map.of("sessions", List.of())).post("/me/import").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void importNeedsAToken() {
        given().contentType("application/json").body("{}").post("/me/import").then().statusCode(401);
        given().get("/me/export").then().statusCode(401);
    }
}
