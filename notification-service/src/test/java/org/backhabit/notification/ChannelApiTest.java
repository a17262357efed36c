package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.prompt;
import static org.backhabit.notification.Requests.publishPrompt;
import static org.backhabit.notification.Requests.webhookSecret;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class ChannelApiTest {

    private static final String KEYS = "\"keys\":{\"p256dh\":\"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM\",\"auth\":\"tBHItJI5svbpez7KI4CCXg\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "address without @ | PUT | /notifications/me/email | {\"address\":\"alex.example.org\"} | address",
            "address with a name | PUT | /notifications/me/email | {\"address\":\"Alex <alex@example.org>\"} | address",
            "address missing | PUT | /notifications/me/email | {} | address",
            "webhook not a URL | POST | /notifications/me/webhooks | {\"url\":\"not a url\"} | url",
            "webhook ftp | POST | /notifications/me/webhooks | {\"url\":\"ftp://example.org/x\"} | url",
            "webhook with credentials | POST | /notifications/me/webhooks | {\"url\":\"https://u:p@example.org/x\"} | url",
            "secret without prefix | POST | /notifications/me/webhooks | {\"url\":\"https://example.org/x\",\"secret\":\"abc\"} | secret",
            "secret too short | POST | /notifications/me/webhooks | {\"url\":\"https://example.org/x\",\"secret\":\"whsec_c2hvcnQ=\"} | secret",
            "reminder bad zone | PUT | /notifications/me/reminders | {\"days\":[\"MONDAY\"],\"localTime\":\"18:30\",\"timeZone\":\"Mars/Olympus\"} | timeZone",
            "reminder bad time | PUT | /notifications/me/reminders | {\"days\":[\"MONDAY\"],\"localTime\":\"25:00\",\"timeZone\":\"Europe/Berlin\"} | localTime",
            "reminder no days | PUT | /notifications/me/reminders | {\"days\":[],\"localTime\":\"18:30\",\"timeZone\":\"Europe/Berlin\"} | days",
            "reminder unknown day | PUT | /notifications/me/reminders | {\"days\":[\"FUNDAY\"],\"localTime\":\"18:30\",\"timeZone\":\"Europe/Berlin\"} | days[0]",
            "quiet hours bad time | PUT | /notifications/me/preferences | {\"quietHours\":{\"from\":\"22\",\"to\":\"07:00\"}} | quietHours.from",
            "preferences bad zone | PUT | /notifications/me/preferences | {\"timeZone\":\"Nowhere\"} | timeZone",
            "unknown prompt type | PUT | /notifications/me/preferences | {\"optOut\":[\"SOMETHING_ELSE\"]} | optOut[0]",
            "urgent opt-out | PUT | /notifications/me/preferences | {\"optOut\":[\"RED_FLAG\"]} | optOut[0]",
            "push bad endpoint | POST | /notifications/me/push-subscriptions | {\"endpoint\":\"nope\"," + KEYS + "} | endpoint",
            "push bad key | POST | /notifications/me/push-subscriptions | {\"endpoint\":\"https://push.example.org/1\",\"keys\":{\"p256dh\":\"AAAA\",\"auth\":\"tBHItJI5svbpez7KI4CCXg\"}} | keys.p256dh",
            "push bad auth | POST | /notifications/me/push-subscriptions | {\"endpoint\":\"https://push.example.org/1\",\"keys\":{\"p256dh\":\"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM\",\"auth\":\"xx\"}} | keys.auth",
    })
    void badInputIs400ProblemNamingTheFieldAndStoresNothing(String rule, String method, String path, String body, String field) {
        String user = newUser();
        as(user).body(body).request(method, path).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
        as(user).get("/notifications/me/webhooks").then().body("", hasSize(0));
        as(user).get("/notifications/me/email").then().statusCode(404);
        as(user).get("/notifications/me/reminders").then().statusCode(404);
        as(user).get("/notifications/me/push-subscriptions").then().body("", hasSize(0));
    }

    @Test
    void theWebhookSecretIsShownOnceAndIsAStandardWebhooksSecret() {
        String user = newUser();
        as(user).body("{\"url\":\"https://hooks.example.org/x\"}").post("/notifications/me/webhooks").then().statusCode(201)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{32}"));
        as(user).get("/notifications/me/webhooks").then().body("", hasSize(1)).body("[0]", not(hasKey("secret")))
                .body("[0].enabled", is(true));
    }

    @Test
    void anotherUsersChannelsAndDeliveriesAre404OrInvisible() throws Exception {
        String owner = newUser();
        String other = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(owner, target.url());
            String webhook = as(owner).get("/notifications/me/webhooks").then().extract().path("[0].id");
            WebPushDecryption browser = new WebPushDecryption();
            String push = as(owner).body("{\"endpoint\":\"https://push.example.org/1\",\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
                            .formatted(browser.p256dh(), browser.auth()))
                    .post("/notifications/me/push-subscriptions").then().statusCode(201).extract().path("id");
            publishPrompt(prompt(owner, "RED_FLAG", "URGENT"));
            org.awaitility.Awaitility.await().until(() -> target.received().size() == 1);

            as(other).delete("/notifications/me/webhooks/" + webhook).then().statusCode(404).contentType("application/problem+json");
            as(other).delete("/notifications/me/push-subscriptions/" + push).then().statusCode(404);
            as(other).delete("/notifications/me/push-subscriptions/" + webhook).then().statusCode(404);
            as(other).delete("/notifications/me/webhooks/not-an-id").then().statusCode(404);
            as(other).get("/notifications/me/webhooks").then().body("", hasSize(0));
            as(other).get("/notifications/me/deliveries").then().body("items", hasSize(0));
            as(owner).get("/notifications/me/webhooks").then().body("", hasSize(1));
            as(owner).get("/notifications/me/deliveries").then().body("items.size()", is(2));
            as(owner).delete("/notifications/me/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void everyEndpointButTheUnsubscribeLinkNeedsAToken() {
        given().get("/notifications/me/deliveries").then().statusCode(401).contentType("application/problem+json");
        given().get("/notifications/vapid-public-key").then().statusCode(401);
        given().contentType("application/json").body("{\"url\":\"https://example.org\"}").post("/notifications/me/webhooks").then().statusCode(401);
    }

    @Test
    void deliveriesLimitOutOfRangeIs400() {
        as(newUser()).get("/notifications/me/deliveries?limit=0").then().statusCode(400).body("violations[0].field", is("limit"));
    }
}
