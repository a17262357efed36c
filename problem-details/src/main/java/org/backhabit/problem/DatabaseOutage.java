package org.backhabit.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rule for "the database cannot be reached right now" (refused or lost connection, a server
 * shutting down or starting, no pooled connection to be had): not the request's fault and worth
 * trying again. HTTP answers it with 503 and Retry-After; event consumers wait and retry in place.
 */
public final class DatabaseOutage {

    /** What a client is told to wait, in seconds, before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private DatabaseOutage() {
    }

    /** Looks through causes and suppressed exceptions: a failed commit carries the driver's error only as suppressed. */
    public static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causes(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (isOutage(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(failure.getCause(), seen);
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        // SQLSTATE class 08: connection exception; 57P01-57P03: the server shut down or is starting.
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P");
        }
        // The connection pool's answer when no connection could be had in time (it carries no SQLSTATE).
        return t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
    }

    /**
     * Runs the work until it succeeds or fails for another reason, waiting (0.5 s, doubling up to
     * 5 s) while the database is unreachable; each wait is reported to {@code waiting}.
     */
    public static void retryWhileUnreachable(Runnable work, Consumer<RuntimeException> waiting) {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!causes(e)) {
                    throw e;
                }
                waiting.accept(e);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }
}
