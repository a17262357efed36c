package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.DeadLetterHeaders;
import org.backhabit.events.PromptData;
import org.backhabit.localstack.testing.MailInbox;
import org.backhabit.localstack.testing.TestInfrastructure;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.notification.channel.WebhookSignature;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.prompt;
import static org.backhabit.notification.Requests.publishPrompt;
import static org.backhabit.notification.Requests.webhookSecret;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prompts from the real broker reach a real SMTP server (read back over IMAP) and a real HTTP receiver. */
@QuarkusTest
class PromptDeliveryTest {

    @Inject
    TestClock clock;

    private static List<MailInbox.Mail> inbox(String address) {
        return MailInbox.read(TestInfrastructure.mail().imapPort(), address);
    }

    @Test
    void anUrgentPromptArrivesAsMailAndSignedWebhook() {
        String user = newUser();
        String address = user + "@example.org";
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            as(user).body("{\"address\":\"" + address + "\"}").put("/notifications/me/email").then().statusCode(200);
            String secret = webhookSecret(user, receiver.url());
            PromptData prompt = prompt(user, "RED_FLAG", "URGENT");
            publishPrompt(prompt);

            await().atMost(Duration.ofSeconds(30)).until(() -> inbox(address).size() == 1 && receiver.received().size() == 1);
            MailInbox.Mail mail = inbox(address).get(0);
            assertEquals(prompt.title(), mail.subject());
            assertTrue(mail.parts().get("text/plain").contains(prompt.message()));
            assertTrue(mail.parts().get("text/html").contains(prompt.message()));
            String unsubscribe = mail.headers().get("List-Unsubscribe");
            assertTrue(unsubscribe.matches("<http://.+/notifications/unsubscribe/[A-Za-z0-9_-]+>"), unsubscribe);
            assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));

            HttpTarget.Received hook = receiver.received().get(0);
            String id = hook.header("webhook-id");
            long timestamp = Long.parseLong(hook.header("webhook-timestamp"));
            assertEquals(WebhookSignature.sign(secret, id, timestamp, hook.text()), hook.header("webhook-signature"));
            assertTrue(hook.text().contains("\"type\":\"prompt.raised\""), hook.text());
            assertTrue(hook.text().contains(prompt.promptId().toString()), hook.text());

            as(user).get("/notifications/me/deliveries").then().statusCode(200)
                    .body("items", hasSize(2)).body("items.status", everyItem(is("SENT")))
                    .body("items.kind", everyItem(is("PROMPT"))).body("items.attempts", everyItem(is(1)));
        }
    }

    @Test
    void aClinicianRecommendationIsDeliveredLikeEveryPrompt() {
        String user = newUser();
        String address = user + "@example.org";
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            as(user).body("{\"address\":\"" + address + "\"}").put("/notifications/me/email").then().statusCode(200);
            webhookSecret(user, receiver.url());
            // As progress-service publishes it when a clinician recommends a routine and a weekly goal.
            PromptData recommendation = new PromptData(PromptData.SCHEMA_VERSION, java.util.UUID.randomUUID(), user, "CLINICIAN_RECOMMENDATION",
                    "INFO", "Your clinician has a recommendation", "Routine: posture-strength. Weekly goal: 4 active days. Warm up first. "
                    + "Accept or ignore it under your recommendations.", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            publishPrompt(recommendation);

            await().atMost(Duration.ofSeconds(30)).until(() -> inbox(address).size() == 1 && receiver.received().size() == 1);
            MailInbox.Mail mail = inbox(address).get(0);
            assertEquals("Your clinician has a recommendation", mail.subject());
            assertTrue(mail.parts().get("text/plain").contains(recommendation.message()), mail.parts().get("text/plain"));
            String hook = receiver.received().get(0).text();
            assertTrue(hook.contains("\"type\":\"prompt.raised\"") && hook.contains("\"type\":\"CLINICIAN_RECOMMENDATION\"")
                    && hook.contains(recommendation.promptId().toString()), hook);
            as(user).get("/notifications/me/deliveries").then().statusCode(200)
                    .body("items", hasSize(2)).body("items.status", everyItem(is("SENT"))).body("items.kind", everyItem(is("PROMPT")))
                    .body("items.subject", everyItem(is("Your clinician has a recommendation")));
        }
    }

    @Test
    void aRedeliveredPromptIsSentOnce() {
        String user = newUser();
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            webhookSecret(user, receiver.url());
            PromptData prompt = prompt(user, "COMEBACK", "NUDGE");
            publishPrompt(prompt);
            publishPrompt(prompt);
            PromptData barrier = prompt(user, "GOAL_MET", "INFO");
            publishPrompt(barrier);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream().anyMatch(r -> r.text().contains(barrier.promptId().toString())));
            assertEquals(1, receiver.received().stream().filter(r -> r.text().contains(prompt.promptId().toString())).count());
        }
    }

    @Test
    void anUnreadablePromptGoesToTheDeadLetterTopicAndTheNextOneIsStillSent() {
        String user = newUser();
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            webhookSecret(user, receiver.url());
            Requests.publishRaw(org.backhabit.events.EventTypes.PROGRESS_PROMPTS_TOPIC, org.backhabit.events.EventTypes.PROMPT_RAISED,
                    java.util.UUID.randomUUID(), user, "{not json");
            PromptData next = prompt(user, "GOAL_MET", "INFO");
            publishPrompt(next);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            assertTrue(receiver.received().get(0).text().contains(next.promptId().toString()));
            var dead = TopicRecords.forKey("notification-inputs-dlq", user, 1, Duration.ofSeconds(30));
            assertEquals(1, dead.size());
            assertEquals("{not json", dead.get(0).value());
            String reason = CloudEventHeaders.value(dead.get(0).headers(), DeadLetterHeaders.REASON);
            assertTrue(reason.startsWith("not a valid PromptData"), reason);
        }
    }

    @Test
    void anOptedOutPromptTypeIsNotSent() {
        String user = newUser();
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            webhookSecret(user, receiver.url());
            as(user).body("{\"optOut\":[\"ADD_STRENGTH\"]}").put("/notifications/me/preferences").then().statusCode(200)
                    .body("optOut", hasSize(1));
            publishPrompt(prompt(user, "ADD_STRENGTH", "INFO"));
            PromptData barrier = prompt(user, "GOAL_MET", "INFO");
            publishPrompt(barrier);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            assertTrue(receiver.received().get(0).text().contains(barrier.promptId().toString()));
            as(user).get("/notifications/me/deliveries").then().body("items", hasSize(1));
        }
    }

    @Test
    void duringQuietHoursOnlyUrgentPromptsGoOutTheRestWaitsForTheEnd() {
        String user = newUser();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = clock.instant();
        // Quiet from an hour ago to two hours ahead, in the person's zone.
        LocalTime from = now.atZone(berlin).toLocalTime().minusHours(1).withSecond(0).withNano(0);
        LocalTime to = from.plusHours(3);
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            webhookSecret(user, receiver.url());
            as(user).body("{\"quietHours\":{\"from\":\"%s\",\"to\":\"%s\"},\"timeZone\":\"Europe/Berlin\"}".formatted(hhmm(from), hhmm(to)))
                    .put("/notifications/me/preferences").then().statusCode(200).body("quietHours.from", is(hhmm(from)));
            PromptData nudge = prompt(user, "COMEBACK", "NUDGE");
            PromptData urgent = prompt(user, "RED_FLAG", "URGENT");
            publishPrompt(nudge);
            publishPrompt(urgent);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            assertTrue(receiver.received().get(0).text().contains(urgent.promptId().toString()));
            as(user).get("/notifications/me/deliveries").then()
                    .body("items.find { it.status == 'PENDING' }.attempts", is(0));

            ZonedDateTime end = ZonedDateTime.of(now.atZone(berlin).toLocalDate(), to, berlin);
            clock.set(end.toInstant().isBefore(now) ? end.plusDays(1).toInstant() : end.toInstant());
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
            assertTrue(receiver.received().get(1).text().contains(nudge.promptId().toString()));
        }
    }

    @Test
    void theOneClickUnsubscribeLinkDisablesTheAddressWithoutAToken() {
        String user = newUser();
        String address = user + "@example.org";
        as(user).body("{\"address\":\"" + address + "\"}").put("/notifications/me/email").then().statusCode(200);
        publishPrompt(prompt(user, "RED_FLAG", "URGENT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(address).size() == 1);
        String link = inbox(address).get(0).headers().get("List-Unsubscribe").replaceAll("[<>]", "");
        String path = link.substring(link.indexOf("/notifications/unsubscribe/"));
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        as(user).get("/notifications/me/email").then().statusCode(200).body("enabled", is(false));
        assertNotNull(as(user).get("/notifications/me/email").then().extract().path("disabledReason"));
        given().post("/notifications/unsubscribe/not-a-token").then().statusCode(404);
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
