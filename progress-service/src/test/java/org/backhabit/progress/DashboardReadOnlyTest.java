package org.backhabit.progress;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.events.EventTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code GET /progress/me/dashboard} writes nothing: every table is the same before and after. */
@QuarkusTest
class DashboardReadOnlyTest extends EventDrivenTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToFriday() {
        FixedClock.reset();
    }

    /** Every table of the schema, each as a digest of all its rows. */
    private Map<String, String> everyTable() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "
                        + table + " t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        }
        return digests;
    }

    private long queuedRefreshes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM prompt_refresh")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aDashboardReadLeavesEveryTableUnchanged() throws SQLException {
        String user = "ro-" + UUID.randomUUID();
        LocalDate monday = LocalDate.of(2026, 11, 16);
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, monday, "MOBILITY", 6, 7));
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, monday.plusDays(1), "MOBILITY", 6, 8));
        events.send(EventTypes.CHECKIN_RECORDED, user, checkIn(user, monday.plusDays(2), 6, List.of("NIGHT_PAIN")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem("RED_FLAG")));
        await().atMost(Duration.ofSeconds(60)).until(() -> queuedRefreshes() == 0);
        // Ten days on, COMEBACK holds but no sweep has run: a dashboard that raised prompts would write it now.
        FixedClock.advance(Duration.ofDays(10));
        Map<String, String> before = everyTable();
        assertFalse(before.isEmpty());

        as(user).get("/progress/me/dashboard").then().statusCode(200);
        as(user).get("/progress/me/dashboard?weeks=104").then().statusCode(200);

        assertEquals(before, everyTable());
    }
}
