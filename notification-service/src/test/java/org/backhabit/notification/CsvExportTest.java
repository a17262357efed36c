package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.PromptData;
import org.backhabit.localstack.testing.CsvRows;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.backhabit.localstack.testing.CsvRows.only;
import static org.backhabit.localstack.testing.CsvRows.values;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.publishPrompt;
import static org.backhabit.notification.Requests.webhookSecret;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** format=csv holds every kind of record the JSON export holds, each with its values, no secret, and defuses formula-like text. */
@QuarkusTest
class CsvExportTest {

    @Test
    void everyKindOfRecordIsARowWithItsValuesWithoutSecretsAndFormulaLikeTextIsDefused() throws Exception {
        String user = newUser();
        String address = user + "@example.org";
        try (HttpTarget receiver = HttpTarget.alwaysOk()) {
            as(user).body("{\"address\":\"" + address + "\"}").put("/notifications/me/email").then().statusCode(200);
            String secret = webhookSecret(user, receiver.url());
            String webhookId = as(user).get("/notifications/me/webhooks").then().extract().path("[0].id");
            WebPushDecryption browser = new WebPushDecryption();
            String pushId = as(user).body("{\"endpoint\":\"https://push.example.org/csv\",\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
                    .formatted(browser.p256dh(), browser.auth())).post("/notifications/me/push-subscriptions").then().statusCode(201).extract().path("id");
            as(user).body("{\"quietHours\":{\"from\":\"22:00\",\"to\":\"07:00\"},\"optOut\":[\"COMEBACK\",\"ADD_STRENGTH\"],\"timeZone\":\"Europe/Berlin\"}")
                    .put("/notifications/me/preferences").then().statusCode(200);
            as(user).body("{\"days\":[\"MONDAY\",\"THURSDAY\"],\"localTime\":\"18:30\",\"timeZone\":\"Europe/Berlin\"}").put("/notifications/me/reminders")
                    .then().statusCode(200);
            // A subject a spreadsheet would run as a formula.
            PromptData prompt = new PromptData(PromptData.SCHEMA_VERSION, UUID.randomUUID(), user, "RED_FLAG", "URGENT",
                    "=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(1+1)", OffsetDateTime.now(ZoneOffset.UTC));
            publishPrompt(prompt);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get("/notifications/me/deliveries").then()
                    .body("items.find { it.channel == 'WEBHOOK' }.status", is("SENT")));

            String csv = as(user).get("/notifications/me/export?format=csv").then().statusCode(200)
                    .header("Content-Disposition", is("attachment; filename=\"backhabit-notifications.csv\"")).extract().asString();
            List<Map<String, String>> rows = CsvRows.read(csv);

            assertEquals(List.of(address, "true", ""), values(only(rows, "EMAIL"), "address", "enabled", "disabledReason"));
            Map<String, String> webhook = only(rows, "WEBHOOK");
            assertEquals(List.of(webhookId, receiver.url(), "true"), values(webhook, "id", "url", "enabled"));
            assertFalse(webhook.get("createdAt").isEmpty());
            assertEquals(List.of(pushId, "https://push.example.org/csv", "true"), values(only(rows, "PUSH_SUBSCRIPTION"), "id", "endpoint", "enabled"));
            assertEquals(List.of("22:00", "07:00", "ADD_STRENGTH COMEBACK", "Europe/Berlin"),
                    values(only(rows, "PREFERENCES"), "quietFrom", "quietTo", "optOut", "timeZone"));
            Map<String, String> reminder = only(rows, "REMINDER");
            assertEquals(List.of("MONDAY THURSDAY", "18:30", "Europe/Berlin"), values(reminder, "days", "localTime", "timeZone"));
            assertFalse(reminder.get("nextAt").isEmpty());
            List<Map<String, String>> deliveries = CsvRows.ofKind(rows, "DELIVERY");
            assertEquals(Set.of("EMAIL", "WEBHOOK", "PUSH"), deliveries.stream().map(d -> d.get("channel")).collect(Collectors.toSet()), csv);
            for (Map<String, String> delivery : deliveries) {
                assertEquals(List.of("PROMPT", "'=HYPERLINK(\"http://evil.example\",\"click\")"), values(delivery, "kind", "subject"));
            }
            Map<String, String> sent = deliveries.stream().filter(d -> d.get("channel").equals("WEBHOOK")).findFirst().orElseThrow();
            assertEquals(List.of("SENT", "1"), values(sent, "status", "attempts"));

            assertFalse(csv.contains(secret), "the webhook secret stays out");
            assertFalse(csv.contains(browser.auth()), "the push keys stay out");
            for (Map<String, String> row : rows) {
                row.forEach((column, cell) -> assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                        "unescaped " + column + " " + cell));
            }
        }
        as(user).get("/notifications/me/export?format=xml").then().statusCode(400).body("violations[0].field", is("format"));
    }
}
