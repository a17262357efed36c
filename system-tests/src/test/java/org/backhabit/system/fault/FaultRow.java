package org.backhabit.system.fault;

import java.time.Duration;
import java.util.List;

/** One line of the fault table: what the load saw while the fault lasted, and what progress applied. */
record FaultRow(String fault, int acknowledged, Applied applied, int serviceUnavailableWithRetryAfter, int otherServerErrors,
                int brokenConnections, int unfinished, Duration readyAgain, Duration caughtUp, String note) {

    static String table(List<FaultRow> rows) {
        StringBuilder table = new StringBuilder("""
                | fault | acknowledged | applied | lost | applied twice | 5xx: 503 + Retry-After | 5xx: other | refused/broken connections | unacknowledged | ready again | caught up | observed |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                """);
        for (FaultRow row : rows) {
            table.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s |%n".formatted(row.fault, row.acknowledged,
                    row.applied.applied(), row.applied.lost(), row.applied.appliedTwice(), row.serviceUnavailableWithRetryAfter,
                    row.otherServerErrors, row.brokenConnections, row.unfinished, seconds(row.readyAgain), seconds(row.caughtUp), row.note));
        }
        return table.toString();
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
