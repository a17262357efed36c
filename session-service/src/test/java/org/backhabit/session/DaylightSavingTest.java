package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The production path of {@code localDate} across the 2026 DST changes of Berlin (29 March,
 * 25 October) and New York (8 March, 1 November): sessions posted to the API with the clock pinned
 * a few days later, checked in the answer, in the date filter and in the event progress-service
 * folds into weekly rows (its half of the path is DaylightSavingWeeksTest in progress-service).
 * Each UTC instant is chosen so that the offset of the other side of the change would give
 * another local date.
 */
@QuarkusTest
class DaylightSavingTest {

    @AfterEach
    void realTimeAgain() {
        MovableClock.unpin();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                  | now                  | completedAt as sent        | zone             | completedAt as answered    | localDate
            "Berlin spring: 02:30 does not exist     | 2026-04-02T12:00:00Z | 2026-03-29T02:30:00+01:00 | Europe/Berlin    | 2026-03-29T03:30:00+02:00 | 2026-03-29",
            "Berlin spring: first night on summer time| 2026-04-02T12:00:00Z | 2026-03-29T22:30:00Z      | Europe/Berlin    | 2026-03-30T00:30:00+02:00 | 2026-03-30",
            "Berlin autumn: first 02:30              | 2026-11-05T12:00:00Z | 2026-10-25T02:30:00+02:00 | Europe/Berlin    | 2026-10-25T02:30:00+02:00 | 2026-10-25",
            "Berlin autumn: repeated 02:30           | 2026-11-05T12:00:00Z | 2026-10-25T02:30:00+01:00 | Europe/Berlin    | 2026-10-25T02:30:00+01:00 | 2026-10-25",
            "Berlin autumn: first night on winter time| 2026-11-05T12:00:00Z | 2026-10-25T22:30:00Z      | Europe/Berlin    | 2026-10-25T23:30:00+01:00 | 2026-10-25",
            "New York spring: 02:30 does not exist   | 2026-04-02T12:00:00Z | 2026-03-08T02:30:00-05:00 | America/New_York | 2026-03-08T03:30:00-04:00 | 2026-03-08",
            "New York spring: first night on EDT     | 2026-04-02T12:00:00Z | 2026-03-09T04:30:00Z      | America/New_York | 2026-03-09T00:30:00-04:00 | 2026-03-09",
            "New York autumn: first 01:30            | 2026-11-05T12:00:00Z | 2026-11-01T01:30:00-04:00 | America/New_York | 2026-11-01T01:30:00-04:00 | 2026-11-01",
            "New York autumn: repeated 01:30         | 2026-11-05T12:00:00Z | 2026-11-01T01:30:00-05:00 | America/New_York | 2026-11-01T01:30:00-05:00 | 2026-11-01",
            "New York autumn: first night on EST     | 2026-11-05T12:00:00Z | 2026-11-02T04:30:00Z      | America/New_York | 2026-11-01T23:30:00-05:00 | 2026-11-01",
    })
    void theLocalDateIsTheDayInTheSessionsTimeZoneOnThatInstant(String rule, Instant now, String completedAt, String zone,
                                                              String answered, LocalDate localDate) {
        MovableClock.pin(now);
        String user = newUser();
        String id = as(user).body("""
                        {"routineSlug":"desk-break","completedAt":"%s","timeZone":"%s","durationMinutes":5,"painBefore":4,"painAfter":3}"""
                        .formatted(completedAt, zone))
                .post("/sessions").then().statusCode(201)
                .body("completedAt", is(answered))
                .body("localDate", is(localDate.toString()))
                .extract().path("id");
        as(user).get("/sessions?from=" + localDate + "&to=" + localDate).then().body("items", hasSize(1));
        as(user).get("/sessions?from=" + localDate.plusDays(1) + "&to=" + localDate.plusDays(1)).then().body("items", hasSize(0));
        as(user).get("/sessions?from=" + localDate.minusDays(1) + "&to=" + localDate.minusDays(1)).then().body("items", hasSize(0));

        List<ConsumerRecord<String, String>> events = TopicRecords.forKeyUntil(EventTypes.SESSION_EVENTS_TOPIC, user,
                r -> r.value().contains(id), Duration.ofSeconds(30));
        SessionData published = EventJson.read(events.get(0).value(), SessionData.class);
        assertEquals(localDate, published.localDate());
        assertEquals(zone, published.timeZone());
        assertEquals(OffsetDateTime.parse(answered), published.completedAt());
        assertEquals(OffsetDateTime.parse(completedAt).toInstant(), published.completedAt().toInstant());
    }
}
