package org.backhabit.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.testing.CsvRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON contract of the dashboard, the weekly rows and the export, for one fixed history
 * published through the broker as session-service publishes it, read on Friday 2026-11-20 13:00
 * in Berlin (FixedClock). Every figure below was worked out by hand from the rules in DESIGN.md:
 * <ul>
 *   <li>weeks of 12 and 19 October: three active days each, goal met;</li>
 *   <li>week of 26 October: one session, paused (a pause from 26 October to 1 November);</li>
 *   <li>weeks of 2 and 9 November: goal met, so the streak is 4 (the paused week neither breaks
 *       nor extends it);</li>
 *   <li>this week: a session on Monday, a second one on Monday that is deleted, and one on
 *       Wednesday recorded as MOBILITY with pain 6 → 6 and corrected to STRENGTH with 3 → 1;</li>
 *   <li>check-ins with pain 7 (30 October), 5 (10 November) and 3 (19 November).</li>
 * </ul>
 * Pain: the last 7 days hold 4, 3 (sessions) and 3 (check-in): 3.3; the 21 days before hold
 * 7, 5, 5, 4, 4, 4, 4, 7, 5: mean 5.0, so the trend is IMPROVING; the last 28 days: 4.6; relief
 * over the 28 days' sessions: 1.4. Habit score with n = 3 from 12 October, paused days carried: 54.
 */
@QuarkusTest
class DashboardContractTest extends EventDrivenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "contract-" + UUID.randomUUID();
    private static final UUID CORRECTED = UUID.randomUUID();
    private static final UUID DELETED = UUID.randomUUID();
    private static final Map<UUID, SessionData> LIVE = new TreeMap<>();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static void record(String day, String kind, int before, int after) {
        SessionData data = session(USER, UUID.randomUUID(), 1, d(day), kind, before, after);
        events.send(EventTypes.SESSION_RECORDED, USER, data);
        LIVE.put(data.sessionId(), data);
    }

    private static boolean published;

    /** Once, before the first test (the API is reachable only from here on, not in a static @BeforeAll). */
    @BeforeEach
    void publishTheHistory() {
        if (published) {
            return;
        }
        published = true;
        as(USER).body("{\"from\":\"2026-10-26\",\"to\":\"2026-11-01\",\"reason\":\"ILLNESS\"}").post("/progress/me/pauses")
                .then().statusCode(201);
        record("2026-10-12", "STRENGTH", 6, 4);
        record("2026-10-14", "MOBILITY", 6, 5);
        record("2026-10-16", "STRENGTH", 5, 4);
        record("2026-10-19", "STRENGTH", 6, 4);
        record("2026-10-20", "MOBILITY", 5, 4);
        record("2026-10-22", "STRENGTH", 6, 5);
        record("2026-10-27", "MOBILITY", 7, 5);
        events.send(EventTypes.CHECKIN_RECORDED, USER, checkIn(USER, d("2026-10-30"), 7, List.of()));
        record("2026-11-02", "STRENGTH", 5, 4);
        record("2026-11-04", "MOBILITY", 5, 3);
        record("2026-11-07", "STRENGTH", 4, 3);
        record("2026-11-09", "STRENGTH", 4, 3);
        events.send(EventTypes.CHECKIN_RECORDED, USER, checkIn(USER, d("2026-11-10"), 5, List.of()));
        record("2026-11-11", "MOBILITY", 4, 3);
        record("2026-11-13", "STRENGTH", 4, 2);
        record("2026-11-16", "STRENGTH", 4, 3);
        events.send(EventTypes.SESSION_RECORDED, USER, session(USER, DELETED, 1, d("2026-11-16"), "MOBILITY", 5, 5));
        events.delete(USER, DELETED);
        events.send(EventTypes.SESSION_RECORDED, USER, session(USER, CORRECTED, 1, d("2026-11-18"), "MOBILITY", 6, 6));
        SessionData correction = session(USER, CORRECTED, 2, d("2026-11-18"), "STRENGTH", 3, 1);
        events.send(EventTypes.SESSION_CORRECTED, USER, correction);
        LIVE.put(CORRECTED, correction);
        events.send(EventTypes.CHECKIN_RECORDED, USER, checkIn(USER, d("2026-11-19"), 3, List.of()));
        awaitAllEventsConsumed();
    }

    private static String week(String start, int sessions, int activeDays, int strength, boolean met, boolean paused,
                               String avgBefore, String avgAfter) {
        return """
                {"weekStart":"%s","sessions":%d,"activeDays":%d,"strengthSessions":%d,"minutes":%d,"goalMet":%b,"paused":%b,
                 "avgPainBefore":%s,"avgPainAfter":%s}""".formatted(start, sessions, activeDays, strength, 12 * sessions, met, paused, avgBefore, avgAfter);
    }

    private static String empty(String start) {
        return week(start, 0, 0, 0, false, false, "null", "null");
    }

    /** Every week from the first session's to the current one. */
    private static final List<String> HISTORY_WEEKS = List.of(
            week("2026-10-12", 3, 3, 2, true, false, "5.7", "4.3"),
            week("2026-10-19", 3, 3, 2, true, false, "5.7", "4.3"),
            week("2026-10-26", 1, 1, 0, false, true, "7.0", "5.0"),
            week("2026-11-02", 3, 3, 2, true, false, "4.7", "3.3"),
            week("2026-11-09", 3, 3, 2, true, false, "4.0", "2.7"),
            week("2026-11-16", 2, 2, 2, false, false, "3.5", "2.0"));

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode array(List<String> items) {
        return json("[" + String.join(",", items) + "]");
    }

    @Test
    void theDashboardShowsEveryFigureOfTheHistory() {
        ObjectNode dashboard = (ObjectNode) json(as(USER).get("/progress/me/dashboard").then().statusCode(200).extract().asString());
        JsonNode prompts = dashboard.remove("prompts");
        List<String> weeks = new java.util.ArrayList<>(List.of(empty("2026-08-31"), empty("2026-09-07"), empty("2026-09-14"),
                empty("2026-09-21"), empty("2026-09-28"), empty("2026-10-05")));
        weeks.addAll(HISTORY_WEEKS);
        ObjectNode expected = (ObjectNode) json("""
                {"goal":{"sessionsPerWeek":3,"timeZone":"Europe/Berlin","weekStartsOn":"MONDAY"},
                 "currentWeek":{"weekStart":"2026-11-16","sessions":2,"activeDays":2,"strengthSessions":2,"minutes":24,
                                "goal":3,"goalMet":false,"remaining":1,"daysLeft":3,"paused":false},
                 "streak":{"currentWeeks":4,"longestWeeks":4},
                 "consistencyScore":54,
                 "consistencyHistory":[{"date":"2026-09-06","score":0},{"date":"2026-09-13","score":0},{"date":"2026-09-20","score":0},
                                       {"date":"2026-09-27","score":0},{"date":"2026-10-04","score":0},{"date":"2026-10-11","score":0},
                                       {"date":"2026-10-18","score":8},{"date":"2026-10-25","score":26},{"date":"2026-11-01","score":26},
                                       {"date":"2026-11-08","score":33},{"date":"2026-11-15","score":45},{"date":"2026-11-20","score":54}],
                 "rolling7Days":2,
                 "pain":{"last7DaysAvg":3.3,"last28DaysAvg":4.6,"avgReliefPerSession":1.4,"trend":"IMPROVING"},
                 "lastSessionAt":"2026-11-18T18:30:00+01:00",
                 "asOf":"2026-11-20T13:00:00+01:00"}""");
        expected.set("weeks", array(weeks));
        assertEquals(expected, dashboard);
        assertTrue(prompts.isArray(), "prompts is a list");
    }

    @Test
    void theStreakMilestoneIsAPromptWithEveryField() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(USER).get("/progress/me/dashboard").then().body("prompts.type", hasItem("STREAK_MILESTONE")));
        List<Map<String, Object>> prompts = as(USER).get("/progress/me/dashboard").then().extract().jsonPath().getList("prompts");
        Map<String, String> severities = Map.of("RED_FLAG", "URGENT", "SEE_A_CLINICIAN", "WARNING", "PAIN_AFTER_SESSION", "WARNING",
                "WEEKLY_GOAL_AT_RISK", "NUDGE", "COMEBACK", "NUDGE", "GOAL_MET", "INFO", "STREAK_MILESTONE", "INFO", "ADD_STRENGTH", "INFO");
        for (Map<String, Object> prompt : prompts) {
            assertTrue(prompt.keySet().containsAll(Set.of("id", "type", "severity", "title", "message", "createdAt")), prompt.toString());
            UUID.fromString((String) prompt.get("id"));
            assertEquals(severities.get((String) prompt.get("type")), prompt.get("severity"), prompt.toString());
            assertTrue(!((String) prompt.get("title")).isBlank() && !((String) prompt.get("message")).isBlank(), prompt.toString());
            assertEquals("2026-11-20T12:00:00Z", prompt.get("createdAt"), "raised at the pinned now");
        }
        assertTrue(prompts.stream().noneMatch(p -> Set.of("RED_FLAG", "PAIN_AFTER_SESSION", "GOAL_MET").contains(p.get("type"))),
                "no red flag was reported, no session made the pain worse and this week's goal was never met: " + prompts);
    }

    @Test
    void theWeeklyRowsAreTheDashboardsWeeks() {
        JsonNode rows = json(as(USER).get("/progress/me/weeks?from=2026-10-12&to=2026-11-20").then().statusCode(200).extract().asString());
        assertEquals(array(HISTORY_WEEKS), rows);
        JsonNode one = json(as(USER).get("/progress/me/weeks?from=2026-10-28&to=2026-10-28").then().statusCode(200).extract().asString());
        assertEquals(array(List.of(HISTORY_WEEKS.get(2))), one);
    }

    @Test
    void theExportHoldsEveryWeekEveryLiveSessionEveryReadingAndThePause() {
        ObjectNode export = (ObjectNode) json(as(USER).get("/progress/me/export?format=json").then().statusCode(200).extract().asString());
        JsonNode sessions = export.remove("sessions");
        JsonNode pauses = export.remove("pauses");
        // Prompts are the rules' to raise (their contract is PromptIntegrationTest's); this person shares nothing.
        export.remove("prompts");
        ObjectNode expected = (ObjectNode) json("""
                {"userId":"%s","goal":{"sessionsPerWeek":3,"timeZone":"Europe/Berlin","weekStartsOn":"MONDAY"},
                 "checkIns":[%s,%s,%s], "shares":[], "recommendations":[], "accessLog":[],
                 "exportedAt":"2026-11-20T12:00:00Z"}""".formatted(USER,
                checkInRow("2026-10-30", "2026-10-30T19:00:00Z", 7), checkInRow("2026-11-10", "2026-11-10T19:00:00Z", 5),
                checkInRow("2026-11-19", "2026-11-19T19:00:00Z", 3)));
        expected.set("weeks", array(HISTORY_WEEKS));
        export.get("checkIns").forEach(row -> ((ObjectNode) row).remove("checkInId"));
        assertEquals(expected, export);
        assertEquals(1, pauses.size());
        assertEquals(json("{\"from\":\"2026-10-26\",\"to\":\"2026-11-01\",\"reason\":\"ILLNESS\"}"),
                ((ObjectNode) pauses.get(0).deepCopy()).without("id"));

        Map<String, JsonNode> byId = new TreeMap<>();
        sessions.forEach(row -> byId.put(row.get("sessionId").asText(), row));
        assertEquals(LIVE.keySet().stream().map(UUID::toString).collect(Collectors.toSet()), byId.keySet(), "live sessions, the deleted one gone");
        for (SessionData s : LIVE.values()) {
            assertEquals(json("""
                    {"sessionId":"%s","revision":%d,"routineSlug":"posture-strength","kind":"%s","exerciseSlugs":["shoulder-rolls","wall-angels"],
                     "completedAt":"%s","timeZone":"Europe/Berlin","localDate":"%s","durationMinutes":12,"painBefore":%d,"painAfter":%d,"effort":5}"""
                    .formatted(s.sessionId(), s.revision(), s.kind(), s.completedAt().toInstant(), s.localDate(), s.painBefore(), s.painAfter())),
                    byId.get(s.sessionId().toString()));
        }
    }

    @Test
    void theCsvExportHasARowPerWeekAndPerLiveSession() {
        String csv = as(USER).get("/progress/me/export?format=csv").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = CsvRows.read(csv);
        List<Map<String, String>> weeks = CsvRows.ofKind(rows, "WEEK");
        assertEquals(6, weeks.size(), csv);
        Map<String, String> paused = weeks.stream().filter(w -> w.get("weekStart").equals("2026-10-26")).findFirst().orElseThrow();
        assertEquals(List.of("1", "1", "0", "12", "false", "true"), List.of(paused.get("sessions"), paused.get("activeDays"),
                paused.get("strengthSessions"), paused.get("minutes"), paused.get("goalMet"), paused.get("paused")), "the paused week");
        List<Map<String, String>> sessions = CsvRows.ofKind(rows, "SESSION");
        assertEquals(LIVE.keySet().stream().map(UUID::toString).collect(Collectors.toSet()),
                sessions.stream().map(r -> r.get("id")).collect(Collectors.toSet()), "live sessions, the deleted one gone");
        Map<String, String> corrected = sessions.stream().filter(r -> r.get("id").equals(CORRECTED.toString())).findFirst().orElseThrow();
        assertEquals(List.of("2", "posture-strength", "STRENGTH", "shoulder-rolls wall-angels", "2026-11-18T17:30:00Z", "Europe/Berlin",
                        "2026-11-18", "12", "3", "1", "5"),
                List.of(corrected.get("revision"), corrected.get("routineSlug"), corrected.get("kind"), corrected.get("exerciseSlugs"),
                        corrected.get("at"), corrected.get("timeZone"), corrected.get("localDate"), corrected.get("durationMinutes"),
                        corrected.get("painBefore"), corrected.get("painAfter"), corrected.get("effort")), "the corrected session");
        assertTrue(!csv.contains(DELETED.toString()), "the deleted session");
    }

    private static String checkInRow(String localDate, String at, int pain) {
        return """
                {"at":"%s","timeZone":"Europe/Berlin","localDate":"%s","painLevel":%d,"redFlags":[]}""".formatted(at, localDate, pain);
    }
}
