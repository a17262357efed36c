package org.backhabit.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new IllegalStateException("tx", new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new RuntimeException(new SQLException("I/O error", "08006")))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionWentAwayIsAnOutage() {
        // As a transaction manager reports it: the driver's error only as a suppressed exception of the rollback.
        Exception rollback = new IllegalStateException("Could not commit transaction.");
        Exception xa = new Exception("Error trying to commit local transaction", new SQLException("terminating connection", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.causes(new RuntimeException(rollback)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("no state"))));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("bad")));
    }

    @Test
    void workIsRetriedWhileTheDatabaseIsUnreachableAndOtherFailuresPassThrough() {
        AtomicInteger attempts = new AtomicInteger();
        List<RuntimeException> waits = new ArrayList<>();
        DatabaseOutage.retryWhileUnreachable(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("refused", "08001"));
            }
        }, waits::add);
        assertEquals(3, attempts.get());
        assertEquals(2, waits.size());

        IllegalArgumentException other = new IllegalArgumentException("malformed");
        assertSame(other, assertThrows(IllegalArgumentException.class, () -> DatabaseOutage.retryWhileUnreachable(() -> {
            throw other;
        }, waits::add)));
        assertEquals(2, waits.size());
    }
}
