package org.backhabit.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.session.model.SessionRequest;
import org.backhabit.session.service.SessionService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The session row and its outbox row commit together or not at all. */
@QuarkusTest
class OutboxRollbackTest {

    @Inject
    SessionService sessions;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    @Test
    void aTransactionThatFailsAfterRecordingLeavesNoSessionRowAndNoEvent() throws Exception {
        String user = newUser();
        SessionRequest request = json.readValue(routineSession(hoursAgo(3)), SessionRequest.class);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            sessions.record(user, request, null);
            throw new IllegalStateException("fails after the session and its event were written");
        }));

        assertEquals(0L, count("SELECT count(*) FROM session WHERE user_id = ?1", user), "session rows");
        assertEquals(0L, count("SELECT count(*) FROM outbox WHERE subject = ?1", user), "outbox rows");
        as(user).get("/sessions").then().statusCode(200).body("items", hasSize(0));
        // A session recorded afterwards is the marker: an event of the failed one would precede it on the topic.
        String marker = as(user).body(routineSession(hoursAgo(2))).post("/sessions").then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> events = TopicRecords.forKeyUntil(EventTypes.SESSION_EVENTS_TOPIC, user,
                r -> r.value().contains(marker), Duration.ofSeconds(30));
        assertEquals(List.of(marker), events.stream().map(r -> EventJson.read(r.value(), SessionData.class).sessionId().toString()).toList());
    }

    private long count(String sql, String user) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, user).getSingleResult()).longValue());
    }
}
