package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * The weekly rows of sessions around the 2026 DST changes, from session events exactly as
 * session-service publishes them for these instants (its DaylightSavingTest checks that half of
 * the path through its API): completedAt with the offset in force, the zone, and the local date.
 */
@QuarkusTest
class DaylightSavingWeeksTest extends EventDrivenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                         | zone             | completedAt;localDate, ...                                                                 | from       | to         | weekStart:sessions:activeDays, ...
            "Berlin, spring forward         | Europe/Berlin    | 2026-03-29T03:30:00+02:00;2026-03-29 2026-03-30T00:30:00+02:00;2026-03-30                  | 2026-03-23 | 2026-03-30 | 2026-03-23:1:1 2026-03-30:1:1",
            "Berlin, fall back              | Europe/Berlin    | 2026-10-25T02:30:00+02:00;2026-10-25 2026-10-25T02:30:00+01:00;2026-10-25 2026-10-25T23:30:00+01:00;2026-10-25 | 2026-10-19 | 2026-10-26 | 2026-10-19:3:1 2026-10-26:0:0",
            "New York, spring forward       | America/New_York | 2026-03-08T03:30:00-04:00;2026-03-08 2026-03-09T00:30:00-04:00;2026-03-09                  | 2026-03-02 | 2026-03-09 | 2026-03-02:1:1 2026-03-09:1:1",
            "New York, fall back            | America/New_York | 2026-11-01T01:30:00-04:00;2026-11-01 2026-11-01T01:30:00-05:00;2026-11-01 2026-11-01T23:30:00-05:00;2026-11-01 | 2026-10-26 | 2026-11-02 | 2026-10-26:3:1 2026-11-02:0:0",
    })
    void sessionsFallIntoTheWeekOfTheirLocalDate(String rule, String zone, String sessions, LocalDate from, LocalDate to, String rows) {
        String user = "dst-" + UUID.randomUUID();
        as(user).body("{\"sessionsPerWeek\":3,\"timeZone\":\"" + zone + "\",\"weekStartsOn\":\"MONDAY\"}").put("/progress/me/goal").then().statusCode(200);
        for (String session : sessions.split(" ")) {
            String[] parts = session.split(";");
            events.send(EventTypes.SESSION_RECORDED, user, new SessionData(1, UUID.randomUUID(), user, 1, "desk-break", "DESK_BREAK",
                    List.of("shoulder-rolls"), OffsetDateTime.parse(parts[0]), zone, LocalDate.parse(parts[1]), 5, 4, 3, null));
        }
        awaitAllEventsConsumed();
        List<String[]> expected = Arrays.stream(rows.split(" ")).map(r -> r.split(":")).toList();
        as(user).get("/progress/me/weeks?from=" + from + "&to=" + to).then().statusCode(200)
                .body("weekStart", contains(expected.stream().map(r -> r[0]).toArray()))
                .body("sessions", contains(expected.stream().map(r -> Integer.valueOf(r[1])).toArray()))
                .body("activeDays", contains(expected.stream().map(r -> Integer.valueOf(r[2])).toArray()))
                .body("[0].goalMet", is(false));
    }
}
