package org.backhabit.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventSchemas;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.testing.TestInfrastructure;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.session.event.Outbox;
import org.backhabit.session.event.OutboxRelay;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events read back from the real broker. */
@QuarkusTest
class EventPathTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;

    @Test
    void everyChangeIsPublishedAsAValidCloudEventKeyedByUser() {
        String user = newUser();
        String id = as(user).body(routineSession(hoursAgo(5))).post("/sessions").then().statusCode(201).extract().path("id");
        as(user).body(routineSession(hoursAgo(6))).put("/sessions/" + id).then().statusCode(200);
        as(user).delete("/sessions/" + id).then().statusCode(204);
        as(user).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":7,"areas":["NECK","MID_BACK"],"redFlags":["NIGHT_PAIN"]}"""
                .formatted(hoursAgo(1))).post("/check-ins").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicRecords.forKey(EventTypes.SESSION_EVENTS_TOPIC, user, 4, WAIT);
        assertEquals(List.of(EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED, EventTypes.SESSION_DELETED, EventTypes.CHECKIN_RECORDED),
                records.stream().map(r -> CloudEventHeaders.value(r.headers(), CloudEventHeaders.TYPE)).toList());
        for (ConsumerRecord<String, String> record : records) {
            String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
            assertEquals(Set.of(), EventSchemas.violations(type, record.value()), type);
            assertEquals(user, CloudEventHeaders.value(record.headers(), CloudEventHeaders.SUBJECT));
            assertEquals("1.0", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SPEC_VERSION));
            assertEquals("/session-service", CloudEventHeaders.value(record.headers(), CloudEventHeaders.SOURCE));
            assertEquals("application/json", CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE));
            assertTrue(CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID) != null);
            assertTrue(CloudEventHeaders.value(record.headers(), CloudEventHeaders.TIME).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                    "ce_time is an RFC 3339 timestamp with seconds: " + CloudEventHeaders.value(record.headers(), CloudEventHeaders.TIME));
        }
        SessionData recorded = EventJson.read(records.get(0).value(), SessionData.class);
        SessionData corrected = EventJson.read(records.get(1).value(), SessionData.class);
        assertEquals(List.of("shoulder-rolls", "wall-angels"), recorded.exerciseSlugs());
        assertEquals("STRENGTH", recorded.kind());
        assertEquals(1, recorded.revision());
        assertEquals(2, corrected.revision());
    }

    @Test
    void withTheBrokerDownSessionsAreStillAcceptedAndArriveInOrderWhenItReturns() throws Exception {
        String user = newUser();
        TestInfrastructure.kafka().stop();
        List<String> ids;
        try {
            ids = List.of(5, 4, 3).stream()
                    .map(h -> as(user).body(routineSession(hoursAgo(h))).post("/sessions").then().statusCode(201).extract().<String>path("id"))
                    .toList();
        } finally {
            TestInfrastructure.kafka().start();
        }
        List<ConsumerRecord<String, String>> records = TopicRecords.forKey(EventTypes.SESSION_EVENTS_TOPIC, user, 3, Duration.ofSeconds(60));
        assertEquals(ids, records.stream().map(r -> EventJson.read(r.value(), SessionData.class).sessionId().toString()).toList());
    }

    @Test
    void twoRelaysRacingPublishEachRowOnce() {
        String subject = newUser();
        int rows = 100;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows; i++) {
                outbox.append(EventTypes.CHECKIN_RECORDED, subject, Instant.now(), Map.of("n", i));
            }
        });
        // The service's own relay is woken by that commit; two more race it.
        CompletableFuture<Void> second = CompletableFuture.runAsync(relay::drain);
        CompletableFuture<Void> third = CompletableFuture.runAsync(relay::drain);
        CompletableFuture.allOf(second, third).orTimeout(60, TimeUnit.SECONDS).join();
        // A marker after the race: a duplicate published by any relay would come before it.
        QuarkusTransaction.requiringNew().run(() -> outbox.append(EventTypes.CHECKIN_RECORDED, subject, Instant.now(), Map.of("n", "marker")));

        List<ConsumerRecord<String, String>> upToMarker = TopicRecords.forKeyUntil(EventTypes.SESSION_EVENTS_TOPIC, subject,
                r -> r.value().contains("marker"), WAIT);
        List<ConsumerRecord<String, String>> records = upToMarker.subList(0, upToMarker.size() - 1);
        Map<String, Long> perEventId = records.stream()
                .collect(Collectors.groupingBy(r -> CloudEventHeaders.value(r.headers(), CloudEventHeaders.ID), Collectors.counting()));
        assertEquals(rows, records.size(), "records on the topic");
        assertEquals(rows, perEventId.size(), "distinct event ids");
        List<Integer> order = records.stream().map(r -> (Integer) EventJson.read(r.value(), Map.class).get("n")).toList();
        assertEquals(java.util.stream.IntStream.range(0, rows).boxed().toList(), order, "per-user order");
    }
}
