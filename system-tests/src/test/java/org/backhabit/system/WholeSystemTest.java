package org.backhabit.system;

import io.restassured.specification.RequestSpecification;
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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Last: after the broker outage, readiness of the Kafka clients takes a moment to come back. */
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
}
