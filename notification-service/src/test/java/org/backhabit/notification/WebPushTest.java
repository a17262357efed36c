package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.PromptData;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.prompt;
import static org.backhabit.notification.Requests.publishPrompt;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A local HTTP server plays the push service; the test decrypts what it got with the subscription's own keys. */
@QuarkusTest
class WebPushTest {

    private static void subscribe(String user, String endpoint, WebPushDecryption browser) {
        as(user).body("{\"endpoint\":\"%s\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
                        .formatted(endpoint, browser.p256dh(), browser.auth()))
                .post("/notifications/me/push-subscriptions").then().statusCode(201);
    }

    @Test
    void thePushServiceReceivesAPayloadThatDecryptsWithTheSubscriptionKeys() throws Exception {
        String user = newUser();
        WebPushDecryption browser = new WebPushDecryption();
        try (HttpTarget pushService = new HttpTarget(n -> 201)) {
            subscribe(user, pushService.url(), browser);
            PromptData prompt = prompt(user, "RED_FLAG", "URGENT");
            publishPrompt(prompt);
            await().atMost(Duration.ofSeconds(30)).until(() -> pushService.received().size() == 1);

            HttpTarget.Received push = pushService.received().get(0);
            assertEquals("aes128gcm", push.header("Content-Encoding"));
            String vapidKey = as(user).get("/notifications/vapid-public-key").then().statusCode(200).extract().path("publicKey");
            String authorization = push.header("Authorization");
            assertTrue(authorization.startsWith("vapid t=") && authorization.endsWith("k=" + vapidKey), authorization);
            String payload = browser.decrypt(push.body());
            assertTrue(payload.contains("\"title\":\"" + prompt.title() + "\""), payload);
            assertTrue(payload.contains(prompt.promptId().toString()), payload);
            as(user).get("/notifications/me/deliveries").then().body("items[0].channel", is("PUSH")).body("items[0].status", is("SENT"));
        }
    }

    @Test
    void aSubscriptionThePushServiceNoLongerKnowsIsRemoved() throws Exception {
        String user = newUser();
        try (HttpTarget pushService = new HttpTarget(n -> 410)) {
            subscribe(user, pushService.url(), new WebPushDecryption());
            as(user).get("/notifications/me/push-subscriptions").then().body("", hasSize(1));
            publishPrompt(prompt(user, "COMEBACK", "NUDGE"));
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    as(user).get("/notifications/me/push-subscriptions").then().extract().<java.util.List<?>>path("").isEmpty());
            as(user).get("/notifications/me/deliveries").then().body("items[0].status", is("DISABLED"))
                    .body("items[0].attempts", is(1));
            assertEquals(1, pushService.received().size());
        }
    }
}
