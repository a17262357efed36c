package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.testing.CsvRows;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.localstack.testing.CsvRows.only;
import static org.backhabit.localstack.testing.CsvRows.values;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.backhabit.progress.ShareTest.asClinician;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** format=csv holds every kind of record the JSON export holds, each with its values, and defuses formula-like text. */
@QuarkusTest
class CsvExportTest extends EventDrivenTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    @Test
    void everyKindOfRecordIsARowWithItsValuesAndFormulaLikeTextIsDefused() {
        String user = "csv-" + UUID.randomUUID();
        // A clinician id and a note a spreadsheet would run as formulas.
        String clinician = "=c-" + UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        events.send(EventTypes.SESSION_RECORDED, user, session(user, sessionId, 1, MON, "STRENGTH", 5, 3));
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, MON.plusDays(1), 4, List.of("NIGHT_PAIN")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(user).get("/progress/me/export").then()
                .body("sessions.size()", is(1)).body("checkIns.size()", is(1)));
        as(user).body("{\"sessionsPerWeek\":4,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"}").put("/progress/me/goal")
                .then().statusCode(200);
        String pauseId = as(user).body("{\"from\":\"2026-11-23\",\"to\":\"2026-11-25\",\"reason\":\"TRAVEL\"}").post("/progress/me/pauses")
                .then().statusCode(201).extract().path("id");
        String shareId = as(user).body("{\"clinicianId\":\"%s\",\"expiresAt\":\"2027-02-20T00:00:00+01:00\",\"scope\":[\"DASHBOARD\",\"SESSIONS\"]}"
                .formatted(clinician)).post("/progress/me/shares").then().statusCode(201).extract().path("id");
        asClinician(clinician).get("/clinician/patients/" + user + "/dashboard").then().statusCode(200);
        String recommendationId = asClinician(clinician).body("{\"routineSlug\":\"posture-strength\",\"sessionsPerWeek\":3,\"message\":\"-2 sets, +1 rep\"}")
                .post("/clinician/patients/" + user + "/recommendations").then().statusCode(201).extract().path("id");

        String csv = as(user).get("/progress/me/export?format=csv").then().statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"backhabit-progress.csv\"")).extract().asString();
        List<Map<String, String>> rows = CsvRows.read(csv);

        assertEquals(List.of("4", "Europe/Berlin", "MONDAY"), values(only(rows, "GOAL"), "sessionsPerWeek", "timeZone", "weekStartsOn"));
        assertEquals(List.of(pauseId, "2026-11-23", "2026-11-25", "TRAVEL"), values(only(rows, "PAUSE"), "id", "from", "to", "reason"));
        Map<String, String> week = CsvRows.ofKind(rows, "WEEK").stream().filter(w -> w.get("weekStart").equals(MON.toString())).findFirst().orElseThrow();
        assertEquals(List.of("1", "1", "1", "12", "5.0", "3.0"),
                values(week, "sessions", "activeDays", "strengthSessions", "minutes", "avgPainBefore", "avgPainAfter"));
        assertEquals(List.of(sessionId.toString(), "1", "posture-strength", "STRENGTH", "shoulder-rolls wall-angels", "2026-11-16T17:30:00Z",
                        "2026-11-16", "12", "5", "3", "5"),
                values(only(rows, "SESSION"), "id", "revision", "routineSlug", "kind", "exerciseSlugs", "at", "localDate", "durationMinutes",
                        "painBefore", "painAfter", "effort"));
        assertEquals(List.of("2026-11-17T19:00:00Z", "2026-11-17", "4", "NIGHT_PAIN"),
                values(only(rows, "CHECK_IN"), "at", "localDate", "painLevel", "redFlags"));
        Map<String, String> prompt = CsvRows.ofKind(rows, "PROMPT").stream()
                .filter(p -> p.get("type").equals("CLINICIAN_RECOMMENDATION")).findFirst().orElseThrow();
        assertEquals(List.of("INFO", "Your clinician has a recommendation"), values(prompt, "severity", "title"));
        assertTrue(prompt.get("message").contains("-2 sets, +1 rep"), prompt.get("message"));
        Map<String, String> share = only(rows, "SHARE");
        assertEquals(List.of(shareId, "'" + clinician, "ACTIVE"), values(share, "id", "clinicianId", "state"));
        assertEquals(java.util.Set.of("DASHBOARD", "SESSIONS"), java.util.Set.of(share.get("scope").split(" ")));
        assertEquals(List.of(recommendationId, "'" + clinician, "posture-strength", "3", "'-2 sets, +1 rep", "PENDING"),
                values(only(rows, "RECOMMENDATION"), "id", "clinicianId", "routineSlug", "sessionsPerWeek", "message", "state"));
        assertEquals(List.of("'" + clinician, "DASHBOARD"), values(only(rows, "ACCESS"), "clinicianId", "what"));

        for (Map<String, String> row : rows) {
            row.forEach((column, cell) -> assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                    "unescaped " + column + " " + cell));
        }
    }
}
