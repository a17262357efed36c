package org.backhabit.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.ErasureConfirmedData;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PauseData;
import org.backhabit.events.PromptData;
import org.backhabit.events.SessionData;
import org.backhabit.events.UserErasedData;
import org.backhabit.localstack.testing.EventKeyServer;
import org.backhabit.localstack.testing.MailInbox;
import org.backhabit.localstack.testing.TestInfrastructure;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.prompt;
import static org.backhabit.notification.Requests.publish;
import static org.backhabit.notification.Requests.publishSealed;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Sealed prompts, sessions and pauses are opened with their owner's key; the person's export holds
 * what they set up here; {@code user.erased.v1} deletes every row about them and is confirmed on
 * {@code erasure-receipts}; a record sealed with their shredded key changes nothing afterwards.
 */
@QuarkusTest
class ErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 22);

    @Inject
    EntityManager em;

    private long rowsOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = 0;
            for (String table : List.of("delivery", "notification", "channel", "preference", "reminder", "session_day", "pause")) {
                total += ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE user_id = ?1").setParameter(1, user)
                        .getSingleResult()).longValue();
            }
            return total;
        });
    }

    private boolean processed(String type, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, type + "/" + eventId).getSingleResult()).longValue() == 1);
    }

    @Test
    void theKeysABatchOfSealedEventsNamesAreFetchedTogetherNotOneCallPerKey() {
        Map<String, String> keyByUser = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            keyByUser.put(newUser(), EventKeyServer.newKey());
        }
        keyByUser.forEach((user, keyId) -> publishSealed(EventTypes.SESSION_EVENTS_TOPIC, EventTypes.SESSION_RECORDED, UUID.randomUUID(), user,
                new SessionData(1, UUID.randomUUID(), user, 1, "desk-break", "DESK_BREAK", List.of("shoulder-rolls"),
                        OffsetDateTime.parse("2027-03-22T07:30:00+01:00"), "Europe/Berlin", DAY, 8, 3, 2, 4), keyId, EventKeyServer.key(keyId)));

        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM session_day WHERE user_id = ANY(CAST(?1 AS text[]))").setParameter(1, keyByUser.keySet().toArray(String[]::new))
                .getSingleResult()).intValue() == keyByUser.size()));
        keyByUser.values().forEach(keyId -> assertFalse(EventKeyServer.askedSingly(keyId), keyId + " was asked for on its own"));
    }

    @Test
    void sealedInputsAreReadTheExportHoldsEverythingAndAnErasureDeletesItAndIsConfirmed() {
        String user = newUser();
        String address = user + "@example.org";
        String keyId = EventKeyServer.newKey();
        byte[] key = EventKeyServer.key(keyId);
        as(user).body("{\"address\":\"" + address + "\"}").put("/notifications/me/email").then().statusCode(200);
        as(user).body("{\"days\":[\"MONDAY\"],\"localTime\":\"18:30\",\"timeZone\":\"Europe/Berlin\"}").put("/notifications/me/reminders")
                .then().statusCode(200);
        as(user).body("{\"optOut\":[\"ADD_STRENGTH\"]}").put("/notifications/me/preferences").then().statusCode(200);
        PromptData prompt = prompt(user, "RED_FLAG", "URGENT");
        publishSealed(EventTypes.PROGRESS_PROMPTS_TOPIC, EventTypes.PROMPT_RAISED, prompt.promptId(), user, prompt, keyId, key);
        publishSealed(EventTypes.SESSION_EVENTS_TOPIC, EventTypes.SESSION_RECORDED, UUID.randomUUID(), user,
                new SessionData(1, UUID.randomUUID(), user, 1, "desk-break", "DESK_BREAK", List.of("shoulder-rolls"),
                        OffsetDateTime.parse("2027-03-22T07:30:00+01:00"), "Europe/Berlin", DAY, 8, 3, 2, 4), keyId, key);
        publishSealed(EventTypes.PROGRESS_PAUSES_TOPIC, EventTypes.PAUSE_RECORDED, UUID.randomUUID(), user,
                new PauseData(1, UUID.randomUUID(), user, DAY.plusDays(3), DAY.plusDays(5), "TRAVEL", OffsetDateTime.now()), keyId, key);

        // The sealed prompt was opened and sent; the sealed session and pause were recorded.
        await().atMost(WAIT).until(() -> MailInbox.read(TestInfrastructure.mail().imapPort(), address).size() == 1);
        assertEquals(prompt.title(), MailInbox.read(TestInfrastructure.mail().imapPort(), address).get(0).subject());
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT 1 FROM session_day s JOIN pause p USING (user_id) WHERE s.user_id = ?1").setParameter(1, user).getResultList().size() == 1));

        as(user).get("/notifications/me/export").then().statusCode(200)
                .body("userId", is(user)).body("email.address", is(address))
                .body("reminder.days", is(List.of("MONDAY"))).body("preferences.optOut", is(List.of("ADD_STRENGTH")))
                .body("deliveries", hasSize(1)).body("deliveries[0].subject", is(prompt.title()));

        EventKeyServer.shred(keyId);
        UUID erasureId = UUID.randomUUID();
        publish(EventTypes.SESSION_EVENTS_TOPIC, EventTypes.USER_ERASED, UUID.randomUUID(), user,
                new UserErasedData(UserErasedData.SCHEMA_VERSION, erasureId, user, OffsetDateTime.now()));

        await().atMost(WAIT).until(() -> rowsOf(user) == 0);
        ConsumerRecord<String, String> receipt = TopicRecords.forKey(EventTypes.ERASURE_RECEIPTS_TOPIC, user, 1, WAIT).get(0);
        ErasureConfirmedData confirmed = EventJson.read(receipt.value(), ErasureConfirmedData.class);
        assertEquals(erasureId, confirmed.erasureId());
        assertEquals("notification-service", confirmed.service());
        as(user).get("/notifications/me/export").then().statusCode(200)
                .body("email", nullValue()).body("reminder", nullValue()).body("deliveries", hasSize(0));

        // A prompt sealed with the shredded key, read after the erasure, brings nothing back.
        PromptData late = prompt(user, "COMEBACK", "NUDGE");
        publishSealed(EventTypes.PROGRESS_PROMPTS_TOPIC, EventTypes.PROMPT_RAISED, late.promptId(), user, late, keyId, key);
        await().atMost(WAIT).until(() -> processed(EventTypes.PROMPT_RAISED, late.promptId()));
        assertEquals(0, rowsOf(user));
    }
}
