package org.backhabit.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.events.EventTypes;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.dashboard.DashboardService;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard, read from the weekly rollups and running figures the consumer keeps, equals the
 * dashboard folded from the user's whole stored history, after out-of-order recordings,
 * corrections that move a session to another week, deletions, pauses and goal changes.
 */
@QuarkusTest
class IncrementalFiguresTest extends EventDrivenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Inject
    DashboardService dashboards;
    @Inject
    HistoryLoader loader;
    @Inject
    Clock clock;

    private void assertSameAsWholeHistory(String user) {
        for (int weeks : new int[] {1, 12, 60}) {
            var incremental = dashboards.figures(user, weeks);
            var whole = QuarkusTransaction.requiringNew().call(() -> DashboardCalculator.compute(loader.load(user), clock, weeks));
            assertEquals(whole, incremental, weeks + " weeks");
        }
    }

    @Test
    void figuresFromRollupsEqualFiguresFromTheWholeHistory() {
        String user = "i-" + UUID.randomUUID();
        Random random = new Random(11);
        List<UUID> ids = new ArrayList<>();
        int sent = 0;
        // A year of sessions, sent newest first in parts, so weeks arrive out of order.
        for (int day = 0; day < 365; day += 1 + random.nextInt(4)) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String kind = random.nextBoolean() ? "STRENGTH" : "MOBILITY";
            events.send(EventTypes.SESSION_RECORDED, user, session(user, id, 1, TODAY.minusDays(day), kind, random.nextInt(11), random.nextInt(11)));
            sent++;
        }
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, TODAY.minusDays(3), 6, List.of()));
        int live = sent;
        awaitSessions(user, live);
        assertSameAsWholeHistory(user);

        // A correction moving a session three weeks back, two deletions, one of them in the current week.
        events.send(EventTypes.SESSION_CORRECTED, user, session(user, ids.get(5), 2, TODAY.minusDays(60), "STRENGTH", 4, 2));
        events.delete(user, ids.get(0));
        events.delete(user, ids.get(40));
        awaitSessions(user, live - 2);
        assertSameAsWholeHistory(user);

        as(user).body("{\"from\":\"2026-10-05\",\"to\":\"2026-10-16\",\"reason\":\"ILLNESS\"}").post("/progress/me/pauses").then().statusCode(201);
        assertSameAsWholeHistory(user);
        as(user).body("{\"sessionsPerWeek\":2,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"SUNDAY\"}").put("/progress/me/goal").then().statusCode(200);
        assertSameAsWholeHistory(user);
        as(user).body("{\"sessionsPerWeek\":4,\"timeZone\":\"Europe/Berlin\",\"weekStartsOn\":\"MONDAY\"}").put("/progress/me/goal").then().statusCode(200);
        assertSameAsWholeHistory(user);
    }

    private static void awaitSessions(String user, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(user).get("/progress/me/export").then().statusCode(200).body("sessions.size()", is(count)));
    }
}
