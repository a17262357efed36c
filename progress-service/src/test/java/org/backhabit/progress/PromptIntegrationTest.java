package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.events.vocabulary.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every prompt type raised by the events that should raise it, through the real broker, and not
 * raised by a near miss. "Today" is Friday 2026-11-20 (FixedClock); the week is Mon 16 - Sun 22.
 */
@QuarkusTest
class PromptIntegrationTest extends EventDrivenTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);

    private static String newUser() {
        return "p-" + UUID.randomUUID();
    }

    private static void sessions(String user, String kind, int painBefore, int painAfter, LocalDate... days) {
        int before = as(user).get("/progress/me/export").then().extract().path("sessions.size()");
        for (LocalDate day : days) {
            events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, day, kind, painBefore, painAfter));
        }
        awaitSessions(user, before + days.length);
    }

    private static void awaitSessions(String user, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(user).get("/progress/me/export").then().statusCode(200).body("sessions.size()", is(count)));
    }

    /** Raised by the history change alone (the refresher works its queue every second), then shown by the dashboard. */
    private static void assertRaised(String user, String type, String severity) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem(type)));
        as(user).get("/progress/me/dashboard").then().statusCode(200)
                .body("prompts.type", hasItem(type))
                .body("prompts.find { it.type == '" + type + "' }.severity", is(severity));
        as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem(type));
    }

    private static void assertNotRaised(String user, String type) {
        awaitPromptsEvaluated(user);
        as(user).get("/progress/me/prompts").then().statusCode(200).body("type", not(hasItem(type)));
        as(user).get("/progress/me/dashboard").then().statusCode(200).body("prompts.type", not(hasItem(type)));
    }

    @Test
    void aRedFlagRaisesAnUrgentPromptAndPublishesIt() {
        String user = newUser();
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, MON.plusDays(3), 7, List.of("CHEST_PAIN")));
        // Raised by the event alone (the prompt refresher), before anyone reads the dashboard.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem("RED_FLAG")));
        assertFalse(TopicRecords.forKey(EventTypes.PROGRESS_PROMPTS_TOPIC, user, 1, Duration.ofSeconds(20)).isEmpty(),
                "prompt.raised.v1 on progress-prompts");
        assertRaised(user, "RED_FLAG", "URGENT");

        String calm = newUser();
        events.send(EventTypes.CHECKIN_RECORDED, calm, checkIn(calm, MON.plusDays(3), 3, List.of()));
        sessions(calm, "MOBILITY", 3, 2, MON.plusDays(4));
        assertNotRaised(calm, "RED_FLAG");
    }

    /** Each IMMEDIATE code of the shared vocabulary (the catalog's guidance names the same ones) raises an URGENT prompt. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("immediateRedFlags")
    void everyImmediateRedFlagRaisesAnUrgentPromptThroughTheBroker(RedFlag flag) {
        String user = newUser();
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, MON.plusDays(4), 5, List.of(flag.name())));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200)
                        .body("find { it.type == 'RED_FLAG' }.severity", is("URGENT"))
                        .body("find { it.type == 'RED_FLAG' }.title", is("Stop and get medical help now")));
    }

    static Stream<RedFlag> immediateRedFlags() {
        return RedFlag.immediate().stream().sorted();
    }

    @Test
    void promptsAreWordedInTheLanguageAskedForWithAStableKey() {
        String user = newUser();
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, MON.plusDays(3), 7, List.of("CHEST_PAIN")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem("RED_FLAG")));

        as(user).header("Accept-Language", "de").get("/progress/me/prompts").then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("[0].messageKey", is("red-flag.immediate"))
                .body("[0].params.codes", is(List.of("CHEST_PAIN")))
                .body("[0].title", is("Hör auf und hol dir sofort ärztliche Hilfe"))
                .body("[0].message", containsString("Brustschmerzen"));
        as(user).header("Accept-Language", "de-AT, en;q=0.5").get("/progress/me/dashboard").then().statusCode(200)
                .header("Content-Language", "de")
                .body("prompts.find { it.type == 'RED_FLAG' }.title", is("Hör auf und hol dir sofort ärztliche Hilfe"));
        for (String english : List.of("en", "fr")) {
            as(user).header("Accept-Language", english).get("/progress/me/prompts").then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("[0].messageKey", is("red-flag.immediate"))
                    .body("[0].title", is("Stop and get medical help now"))
                    .body("[0].message", containsString("chest pain"));
        }
    }

    @Test
    void twoWeeksOfHighPainAcrossFourSessionsSuggestAClinician() {
        String user = newUser();
        sessions(user, "MOBILITY", 6, 6, MON.minusDays(7), MON.minusDays(5), MON.minusDays(3), MON, MON.plusDays(2));
        assertRaised(user, "SEE_A_CLINICIAN", "WARNING");

        String mild = newUser();
        sessions(mild, "MOBILITY", 2, 1, MON.minusDays(7), MON.minusDays(5), MON.minusDays(3), MON, MON.plusDays(2));
        assertNotRaised(mild, "SEE_A_CLINICIAN");
    }

    @Test
    void painRisingAfterTwoSessionsInAWeekAdvisesEasingOff() {
        String user = newUser();
        sessions(user, "STRENGTH", 3, 5, MON.plusDays(1), MON.plusDays(3));
        assertRaised(user, "PAIN_AFTER_SESSION", "WARNING");

        String once = newUser();
        sessions(once, "STRENGTH", 3, 5, MON.plusDays(1));
        sessions(once, "STRENGTH", 3, 3, MON.plusDays(3));
        assertNotRaised(once, "PAIN_AFTER_SESSION");
    }

    @Test
    void twoSessionsLeftWithThreeDaysToGoPutsTheGoalAtRisk() {
        String user = newUser();
        sessions(user, "MOBILITY", 3, 2, MON);
        assertRaised(user, "WEEKLY_GOAL_AT_RISK", "NUDGE");

        String onTrack = newUser();
        sessions(onTrack, "MOBILITY", 3, 2, MON, MON.plusDays(1));
        assertNotRaised(onTrack, "WEEKLY_GOAL_AT_RISK");
    }

    @Test
    void aWeekWithoutSessionsInvitesAComeback() {
        String user = newUser();
        sessions(user, "MOBILITY", 3, 2, MON.minusDays(4));
        assertRaised(user, "COMEBACK", "NUDGE");

        String recent = newUser();
        sessions(recent, "MOBILITY", 3, 2, MON.minusDays(2));
        assertNotRaised(recent, "COMEBACK");
    }

    @Test
    void threeActiveDaysMeetTheGoalOnce() {
        String user = newUser();
        sessions(user, "STRENGTH", 3, 2, MON, MON.plusDays(1), MON.plusDays(2));
        assertRaised(user, "GOAL_MET", "INFO");
        as(user).get("/progress/me/prompts").then().body("findAll { it.type == 'GOAL_MET' }.size()", is(1));

        String twoDays = newUser();
        sessions(twoDays, "STRENGTH", 3, 2, MON, MON, MON.plusDays(1));
        assertNotRaised(twoDays, "GOAL_MET");
    }

    @Test
    void fourWeeksInARowReachAStreakMilestone() {
        String user = newUser();
        List<LocalDate> days = new ArrayList<>();
        for (int week = 4; week >= 1; week--) {
            LocalDate monday = MON.minusWeeks(week);
            days.addAll(List.of(monday, monday.plusDays(2), monday.plusDays(4)));
        }
        sessions(user, "STRENGTH", 3, 2, days.toArray(LocalDate[]::new));
        assertRaised(user, "STREAK_MILESTONE", "INFO");

        String three = newUser();
        sessions(three, "STRENGTH", 3, 2, days.subList(3, 12).toArray(LocalDate[]::new));
        assertNotRaised(three, "STREAK_MILESTONE");
    }

    @Test
    void onlyMobilityForTwoWeeksSuggestsStrengthWork() {
        String user = newUser();
        sessions(user, "MOBILITY", 3, 2, MON.minusDays(6), MON.minusDays(3), MON.plusDays(1));
        assertRaised(user, "ADD_STRENGTH", "INFO");

        String mixed = newUser();
        sessions(mixed, "MOBILITY", 3, 2, MON.minusDays(6), MON.minusDays(3));
        sessions(mixed, "STRENGTH", 3, 2, MON.plusDays(1));
        assertNotRaised(mixed, "ADD_STRENGTH");
    }

    @Test
    void aDismissedPromptLeavesTheDashboardAndOthersCannotDismissIt() {
        String user = newUser();
        sessions(user, "MOBILITY", 3, 2, MON.minusDays(4));
        assertRaised(user, "COMEBACK", "NUDGE");
        String id = as(user).get("/progress/me/dashboard").then().extract().path("prompts.find { it.type == 'COMEBACK' }.id");
        as(newUser()).post("/progress/me/prompts/" + id + "/dismiss").then().statusCode(404);
        as(user).post("/progress/me/prompts/" + id + "/dismiss").then().statusCode(204);
        as(user).get("/progress/me/dashboard").then().statusCode(200).body("prompts.type", not(hasItem("COMEBACK")));
        as(user).get("/progress/me/prompts").then().body("find { it.id == '" + id + "' }.dismissedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aPauseSilencesNudges() {
        String user = newUser();
        as(user).contentType("application/json").body("{\"from\":\"2026-11-16\",\"to\":\"2026-11-22\",\"reason\":\"TRAVEL\"}")
                .post("/progress/me/pauses").then().statusCode(201);
        sessions(user, "MOBILITY", 3, 2, MON.minusDays(10));
        assertNotRaised(user, "COMEBACK");
        assertNotRaised(user, "WEEKLY_GOAL_AT_RISK");
        as(user).get("/progress/me/dashboard").then().body("currentWeek.paused", is(true));
    }
}
