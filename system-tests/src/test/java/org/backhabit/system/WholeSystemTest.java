package org.backhabit.system;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SealedPayload;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.launch.LocalStack;
import org.backhabit.localstack.launch.ServiceProcess;
import org.backhabit.localstack.testing.MailInbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system started the way {@code ./stack} starts it: real PostgreSQL, Kafka and mail
 * server, and the four packaged services as separate JVMs. Needs the services packaged, which the reactor does
 * before this module.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static LocalStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = FreshStack.start("system-test");
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("application/json");
    }

    /**
     * Three days of one week that are all in the past: this week's first three days from Wednesday on,
     * else last week's (so the test means the same thing whatever day it runs).
     */
    private static List<ZonedDateTime> threeDaysOfOneWeek() {
        LocalDate today = LocalDate.now(BERLIN);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (today.isBefore(monday.plusDays(3))) {
            monday = monday.minusWeeks(1);
        }
        LocalDate start = monday;
        return List.of(0, 1, 2).stream().map(d -> ZonedDateTime.of(start.plusDays(d), LocalTime.of(7, 15), BERLIN)).toList();
    }

    private static String session(ZonedDateTime at) {
        return """
                {"routineSlug":"posture-strength","completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":12,"painBefore":5,"painAfter":3}"""
                .formatted(at.toOffsetDateTime());
    }

    @Test
    @Order(1)
    void threeSessionsOnThreeDaysMeetTheGoalOnTheDashboard() {
        String user = "e2e-" + UUID.randomUUID();
        given().baseUri(stack.catalogUrl()).get("/exercises?size=100")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(25));
        List<ZonedDateTime> days = threeDaysOfOneWeek();
        for (ZonedDateTime day : days) {
            as(user).baseUri(stack.sessionUrl()).body(session(day)).post("/sessions").then().statusCode(201);
        }
        String weekStart = days.get(0).toLocalDate().toString();
        // Latency is a benchmark figure (bench/run.sh latency); here only the outcome counts, on a machine of any speed.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard").then().statusCode(200)
                        .body("weeks.find { it.weekStart == '" + weekStart + "' }.goalMet", is(true))
                        .body("weeks.find { it.weekStart == '" + weekStart + "' }.activeDays", is(3)));
    }

    /** Last of the tests on real time: after the broker outage, readiness of the Kafka clients takes a moment to come back. */
    @Test
    @Order(5)
    void aSessionRecordedWhileTheBrokerIsDownReachesTheDashboardWhenItIsBack() {
        String user = "e2e-" + UUID.randomUUID();
        ZonedDateTime at = ZonedDateTime.now(BERLIN).minusMinutes(30);
        stack.kafka().stop();
        try {
            as(user).baseUri(stack.sessionUrl()).body(session(at)).post("/sessions").then().statusCode(201);
        } finally {
            stack.kafka().start();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard").then().statusCode(200)
                        .body("rolling7Days", is(1)));
    }

    /** A receiver that signs nothing up for itself: e-mail and a webhook endpoint for a new user. */
    private static String subscribe(String user, WebhookReceiver receiver) {
        as(user).baseUri(stack.notificationUrl()).body("{\"address\":\"" + user + "@example.org\"}")
                .put("/notifications/me/email").then().statusCode(200);
        return as(user).baseUri(stack.notificationUrl()).body("{\"url\":\"" + receiver.url() + "\"}")
                .post("/notifications/me/webhooks").then().statusCode(201).extract().path("secret");
    }

    private static void chestPainCheckIn(String user) {
        as(user).baseUri(stack.sessionUrl()).body("""
                        {"at":"%s","timeZone":"Europe/Berlin","painLevel":7,"areas":["MID_BACK"],"redFlags":["CHEST_PAIN"]}"""
                        .formatted(ZonedDateTime.now(BERLIN).minusMinutes(1).toOffsetDateTime()))
                .post("/check-ins").then().statusCode(201);
    }

    private static List<MailInbox.Mail> inbox(String user) {
        return MailInbox.read(stack.mail().imapPort(), user + "@example.org");
    }

    @Test
    @Order(3)
    void aChestPainCheckInReachesTheInboxAndASignedWebhook() {
        String user = "e2e-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = subscribe(user, receiver);
            long started = System.nanoTime();
            chestPainCheckIn(user);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> inbox(user).size() == 1 && receiver.received().size() == 1);
            System.out.printf("[system-test] chest-pain check-in to e-mail in the IMAP inbox and signed webhook: %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            WebhookReceiver.Request hook = receiver.received().get(0);
            String subject = inbox(user).get(0).subject();
            assertTrue(hook.body().contains("\"title\":\"" + subject + "\""), subject + " / " + hook.body());
            assertEquals(WebhookReceiver.signature(secret, hook), hook.header("webhook-signature"));
            assertTrue(hook.body().contains("\"type\":\"RED_FLAG\""), hook.body());
        }
    }

    @Test
    @Order(4)
    void aRestartOfTheNotificationServiceMidWaySendsEachExactlyOnce() {
        String user = "e2e-" + UUID.randomUUID();
        String later = "e2e-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(user, receiver);
            subscribe(later, receiver);
            chestPainCheckIn(user);
            stack.restart("notification-service");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> inbox(user).size() == 1 && receiver.received(user).size() == 1);
            // A later prompt through the restarted service is the barrier: once it arrived, a duplicate would have too.
            chestPainCheckIn(later);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> inbox(later).size() == 1 && receiver.received(later).size() == 1);
            assertEquals(1, inbox(user).size());
            assertEquals(1, receiver.received(user).size());
            as(user).baseUri(stack.notificationUrl()).get("/notifications/me/deliveries").then().statusCode(200)
                    .body("items.size()", is(2)).body("items.findAll { it.status == 'SENT' }.size()", is(2));
        }
    }

    @Test
    @Order(2)
    void everyServiceServesOpenApiAndBareHealthPubliclyAndMetricsOnlyOnItsManagementPort() {
        for (ServiceProcess service : stack.services()) {
            String url = service.baseUrl();
            given().baseUri(url).get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                    .body("status", is("UP")).body("checks", nullValue());
            given().baseUri(url).get("/q/openapi?format=json").then().statusCode(200);
            given().baseUri(url).get("/q/metrics").then().statusCode(404);
            given().baseUri(service.managementUrl()).get("/q/metrics").then().statusCode(200);
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().statusCode(200).body("checks", notNullValue());
        }
    }

    /**
     * Export, erase, import: the dashboard comes back the same. In between, nothing of the person is
     * left: no progress, and on every topic only records that cannot be opened any more (their key
     * is gone) or that carry nothing but the user id; a projection rebuild does not bring them back.
     */
    @Test
    @Order(2)
    void exportEraseImportGivesTheSameDashboardAndTheErasedPersonIsUnreadableEvenAfterARebuild() {
        String user = "e2e-" + UUID.randomUUID();
        String secret = "note-" + UUID.randomUUID();
        for (ZonedDateTime day : threeDaysOfOneWeek()) {
            as(user).baseUri(stack.sessionUrl()).body(session(day).replace("\"painAfter\":3", "\"painAfter\":3,\"notes\":\"" + secret + "\""))
                    .post("/sessions").then().statusCode(201);
        }
        as(user).baseUri(stack.sessionUrl()).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":6,"areas":["NECK"],"redFlags":["NIGHT_PAIN"]}"""
                .formatted(ZonedDateTime.now(BERLIN).minusHours(1).toOffsetDateTime())).post("/check-ins").then().statusCode(201);
        as(user).baseUri(stack.progressUrl()).body("{\"sessionsPerWeek\":2,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"}")
                .put("/progress/me/goal").then().statusCode(200);
        LocalDate pauseStart = threeDaysOfOneWeek().get(0).toLocalDate().minusWeeks(2);
        as(user).baseUri(stack.progressUrl()).body("{\"from\":\"%s\",\"to\":\"%s\",\"reason\":\"TRAVEL\"}".formatted(pauseStart, pauseStart.plusDays(6)))
                .post("/progress/me/pauses").then().statusCode(201);
        as(user).baseUri(stack.progressUrl()).body("{\"clinicianId\":\"dr-%s\",\"expiresAt\":\"%s\",\"scope\":[\"DASHBOARD\"]}"
                        .formatted(UUID.randomUUID(), ZonedDateTime.now(BERLIN).plusDays(30).toOffsetDateTime()))
                .post("/progress/me/shares").then().statusCode(201);
        as(user).baseUri(stack.notificationUrl()).body("{\"address\":\"" + user + "@example.org\"}").put("/notifications/me/email").then().statusCode(200);
        as(user).baseUri(stack.notificationUrl()).body("{\"optOut\":[\"ADD_STRENGTH\"]}").put("/notifications/me/preferences").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard")
                .then().body("pain.last7DaysAvg", notNullValue()).body("prompts.type", hasItem("RED_FLAG")).body("goal.sessionsPerWeek", is(2)));
        Map<String, Object> before = dashboard(user);
        String sessions = as(user).baseUri(stack.sessionUrl()).get("/me/export").then().statusCode(200).extract().asString();
        String progress = as(user).baseUri(stack.progressUrl()).get("/progress/me/export").then().statusCode(200)
                .body("pauses", hasSize(1)).body("shares", hasSize(1)).extract().asString();
        as(user).baseUri(stack.notificationUrl()).get("/notifications/me/export").then().statusCode(200)
                .body("email.address", is(user + "@example.org")).body("preferences.optOut", hasItem("ADD_STRENGTH"));

        as(user).baseUri(stack.sessionUrl()).delete("/me").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).baseUri(stack.sessionUrl()).get("/me/erasure").then()
                .statusCode(200).body("state", is("DONE")).body("awaiting", hasSize(0)));
        assertNothingLeftOf(user, secret);
        int generation = rebuildProjections();
        assertNothingLeftOf(user, secret);
        as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard").then()
                .body("lastSessionAt", nullValue()).body("prompts.type", not(hasItem("RED_FLAG"))).body("rolling7Days", is(0));

        as(user).baseUri(stack.sessionUrl()).body(sessions).post("/me/import").then().statusCode(200)
                .body("sessionsImported", is(3)).body("checkInsImported", is(1));
        as(user).baseUri(stack.progressUrl()).body(progress).post("/progress/me/import").then().statusCode(200)
                .body("goalImported", is(true)).body("pausesImported", is(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(before, dashboard(user)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard")
                .then().body("prompts.type", hasItem("RED_FLAG")));
        assertEquals(generation, (int) given().baseUri(stack.progressUrl()).header("Authorization", "Bearer " + DevTokens.forAdmin("ops"))
                .get("/admin/projections/rebuild").then().extract().path("activeGeneration"));
    }

    /** A Loop Habit Tracker file becomes sessions in session-service and the weeks it describes in progress-service. */
    @Test
    @Order(2)
    void aLoopHabitTrackerCsvGivesTheExpectedWeeks() {
        String user = "e2e-" + UUID.randomUUID();
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(10);
        String csv = "Date,Value\n"
                + monday + ",YES_MANUAL\n" + monday.plusDays(2) + ",YES_MANUAL\n" + monday.plusDays(4) + ",2\n"
                + monday.plusDays(5) + ",YES_AUTO\n"
                + monday.plusWeeks(1).plusDays(1) + ",YES_MANUAL\n" + monday.plusWeeks(1).plusDays(3) + ",NO\n"
                + monday.plusWeeks(2).plusDays(6) + ",SKIP\n";
        given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("text/csv").body(csv).baseUri(stack.sessionUrl())
                .post("/me/import?timeZone=Europe/Berlin").then().statusCode(200).body("sessionsImported", is(4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).baseUri(stack.progressUrl())
                .get("/progress/me/weeks?from=" + monday + "&to=" + monday.plusWeeks(2).plusDays(6)).then().statusCode(200)
                .body("weekStart", is(List.of(monday.toString(), monday.plusWeeks(1).toString(), monday.plusWeeks(2).toString())))
                .body("activeDays", is(List.of(3, 1, 0)))
                .body("goalMet", is(List.of(true, false, false))));

        given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("text/csv").baseUri(stack.sessionUrl())
                .body("Date,Value\n" + monday + ",YES_MANUAL\nnot-a-date,YES_MANUAL\n").post("/me/import?timeZone=Europe/Berlin")
                .then().statusCode(400).body("violations[0].message", containsString("line 3"));
    }

    /**
     * The dashboard's figures: all of it but when it was computed and the prompts, which are raised
     * anew (new ids and times) once the history is back, and asserted on their own.
     */
    private static Map<String, Object> dashboard(String user) {
        Map<String, Object> body = new TreeMap<>(as(user).baseUri(stack.progressUrl()).get("/progress/me/dashboard").then().statusCode(200)
                .extract().jsonPath().getMap(""));
        body.remove("asOf");
        body.remove("prompts");
        return body;
    }

    private static int rebuildProjections() {
        RequestSpecification admin = given().baseUri(stack.progressUrl()).header("Authorization", "Bearer " + DevTokens.forAdmin("ops"));
        int before = admin.get("/admin/projections/rebuild").then().statusCode(200).extract().path("activeGeneration");
        admin.post("/admin/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> admin.get("/admin/projections/rebuild").then()
                .body("state", is("IDLE")).body("activeGeneration", is(before + 1)));
        return before + 1;
    }

    /** No row about the person in any service's tables, and nothing about them readable on any topic. */
    private static void assertNothingLeftOf(String user, String secret) {
        try {
            assertEquals(Map.of(), RowsAboutPerson.find(stack.postgres(), user), "rows about the erased person");
        } catch (java.sql.SQLException e) {
            throw new AssertionError("could not read the databases", e);
        }
        assertNothingReadableOf(user, secret);
    }

    /** Reads every topic from the broker: each record about the user is sealed with a shredded key, or names nothing but the user. */
    private static void assertNothingReadableOf(String user, String secret) {
        String serviceToken = DevTokens.withGroups("system-test", "service");
        Set<String> plainTypes = Set.of(EventTypes.USER_ERASED, EventTypes.ERASURE_CONFIRMED);
        int aboutUser = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .filter(p -> !p.topic().startsWith("__")).map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String value = record.value() == null ? "" : record.value();
                    assertFalse(value.contains(secret), record.topic() + " still shows the erased person's note");
                    if (!user.equals(record.key()) && !value.contains(user)) {
                        continue;
                    }
                    aboutUser++;
                    String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
                    if (plainTypes.contains(type)) {
                        continue;
                    }
                    assertEquals(SealedPayload.CONTENT_TYPE, CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE),
                            record.topic() + " has a readable " + type + " about the erased person");
                    given().baseUri(stack.sessionUrl()).header("Authorization", "Bearer " + serviceToken)
                            .get("/internal/event-keys/" + SealedPayload.keyId(value)).then().statusCode(404);
                }
            }
        }
        assertTrue(aboutUser >= 6, "read " + aboutUser + " records about the user");
    }

    /**
     * The production path of the local day across the 2026 daylight-saving changes of Berlin
     * (29 March, 25 October) and New York (8 March, 1 November): sessions posted to session-service
     * at instants around each change, including a local time that does not exist and both
     * occurrences of a repeated one, read back from session-service's answer and from
     * progress-service's weekly rows and dashboard. The changes fall on Sunday nights, so with weeks
     * starting on Monday a session counted on the wrong side of midnight lands in the wrong week.
     * Both services run on a clock started a few days after the changes (a session may be at most
     * 90 days old). Last: it leaves them on the autumn clock.
     */
    @Test
    @Order(6)
    void sessionsAroundTheDaylightSavingChangesCountOnTheirLocalDayInEveryWeek() {
        runServicesFrom("2026-04-02T12:00:00Z");
        Resident berlin = userWithWeeksFromMonday("Europe/Berlin");
        record(berlin, "2026-03-29T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-29"); // 02:30 does not exist
        record(berlin, "2026-03-29T22:30:00Z", "2026-03-30T00:30:00+02:00", "2026-03-30"); // on winter time still Sunday
        Resident newYork = userWithWeeksFromMonday("America/New_York");
        record(newYork, "2026-03-08T02:30:00-05:00", "2026-03-08T03:30:00-04:00", "2026-03-08"); // 02:30 does not exist
        record(newYork, "2026-03-09T04:30:00Z", "2026-03-09T00:30:00-04:00", "2026-03-09"); // on standard time still Sunday
        awaitWeeks(berlin, "2026-03-23", "2026-04-02", List.of("2026-03-23", "2026-03-30"), List.of(1, 1), List.of(1, 1));
        awaitWeeks(newYork, "2026-03-02", "2026-03-15", List.of("2026-03-02", "2026-03-09"), List.of(1, 1), List.of(1, 1));
        dashboard(berlin).body("currentWeek.weekStart", is("2026-03-30")).body("currentWeek.sessions", is(1))
                .body("rolling7Days", is(2)).body("streak.currentWeeks", is(2));
        dashboard(newYork).body("currentWeek.weekStart", is("2026-03-30")).body("currentWeek.sessions", is(0))
                .body("rolling7Days", is(0)).body("streak.currentWeeks", is(0))
                .body("weeks.findAll { it.sessions > 0 }.weekStart", contains("2026-03-02", "2026-03-09"));

        runServicesFrom("2026-11-05T12:00:00Z");
        berlin = userWithWeeksFromMonday("Europe/Berlin");
        record(berlin, "2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+02:00", "2026-10-25"); // the first 02:30
        record(berlin, "2026-10-25T02:30:00+01:00", "2026-10-25T02:30:00+01:00", "2026-10-25"); // the repeated 02:30
        record(berlin, "2026-10-25T22:30:00Z", "2026-10-25T23:30:00+01:00", "2026-10-25"); // on summer time already Monday
        record(berlin, "2026-10-25T23:30:00Z", "2026-10-26T00:30:00+01:00", "2026-10-26");
        newYork = userWithWeeksFromMonday("America/New_York");
        record(newYork, "2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-01"); // the first 01:30
        record(newYork, "2026-11-01T01:30:00-05:00", "2026-11-01T01:30:00-05:00", "2026-11-01"); // the repeated 01:30
        record(newYork, "2026-11-02T04:30:00Z", "2026-11-01T23:30:00-05:00", "2026-11-01"); // on daylight time already Monday
        record(newYork, "2026-11-02T05:30:00Z", "2026-11-02T00:30:00-05:00", "2026-11-02");
        awaitWeeks(berlin, "2026-10-19", "2026-11-01", List.of("2026-10-19", "2026-10-26"), List.of(3, 1), List.of(1, 1));
        awaitWeeks(newYork, "2026-10-26", "2026-11-05", List.of("2026-10-26", "2026-11-02"), List.of(3, 1), List.of(1, 1));
        dashboard(berlin).body("currentWeek.weekStart", is("2026-11-02")).body("currentWeek.sessions", is(0))
                .body("rolling7Days", is(0)).body("streak.currentWeeks", is(2))
                .body("weeks.findAll { it.sessions > 0 }.sessions", contains(3, 1));
        dashboard(newYork).body("currentWeek.weekStart", is("2026-11-02")).body("currentWeek.sessions", is(1))
                .body("rolling7Days", is(4)).body("streak.currentWeeks", is(2))
                .body("weeks.findAll { it.sessions > 0 }.sessions", contains(3, 1));
    }

    /** Session and progress service again, their clocks started at {@code instant}. */
    private static void runServicesFrom(String instant) {
        stack.restart("session-service", Map.of("BACKHABIT_CLOCK_START", instant));
        stack.restart("progress-service", Map.of("BACKHABIT_CLOCK_START", instant));
    }

    /** A user who lives in {@code zone}. */
    private record Resident(String id, String zone) {
    }

    /** A new user whose goal, one session a week, counts weeks from Monday in {@code zone}. */
    private static Resident userWithWeeksFromMonday(String zone) {
        Resident user = new Resident("e2e-" + UUID.randomUUID(), zone);
        as(user.id()).baseUri(stack.progressUrl()).body("""
                {"sessionsPerWeek":1,"timeZone":"%s","weekStartsOn":"MONDAY"}""".formatted(zone))
                .put("/progress/me/goal").then().statusCode(200);
        return user;
    }

    /** Posts a session completed at {@code sent} in the user's zone; checks the instant as answered and its local day. */
    private static void record(Resident user, String sent, String answered, String localDate) {
        as(user.id()).baseUri(stack.sessionUrl()).body("""
                        {"routineSlug":"posture-strength","completedAt":"%s","timeZone":"%s","durationMinutes":12,"painBefore":5,"painAfter":3}"""
                        .formatted(sent, user.zone()))
                .post("/sessions").then().statusCode(201)
                .body("completedAt", is(answered)).body("localDate", is(localDate));
    }

    /** Waits for the weekly rows of {@code from}..{@code to} that only every session counted on its local day gives. */
    private static void awaitWeeks(Resident user, String from, String to, List<String> weekStarts, List<Integer> sessions,
                                   List<Integer> activeDays) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(user.id()).baseUri(stack.progressUrl()).get("/progress/me/weeks?from=" + from + "&to=" + to).then().statusCode(200)
                        .body("weekStart", is(weekStarts)).body("sessions", is(sessions)).body("activeDays", is(activeDays)));
    }

    private static ValidatableResponse dashboard(Resident user) {
        return as(user.id()).baseUri(stack.progressUrl()).get("/progress/me/dashboard").then().statusCode(200);
    }
}
