package org.backhabit.progress;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.prompt.PromptRefreshQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Queuing a user for prompt evaluation happens in the consumer's transaction, so it must never wait
 * on a refresher that holds that user's request while it evaluates a chunk of users.
 */
@QuarkusTest
class PromptRefreshQueueTest {

    @Inject
    PromptRefreshQueue queue;
    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Scheduler scheduler;

    @BeforeEach
    void holdTheRefresher() {
        scheduler.pause();
    }

    @AfterEach
    void releaseTheRefresher() {
        scheduler.resume();
    }

    @Test
    void aUserQueuedWhileBeingEvaluatedIsQueuedAgainWithoutWaiting() throws SQLException {
        String user = "queue-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> queue.request(List.of(user)));
        try (Connection evaluating = dataSource.getConnection()) {
            evaluating.setAutoCommit(false);
            // A refresher took the user's request and is still evaluating: its transaction is open.
            assertEquals(1, takenIn(evaluating, user), "the request to take");

            // Any wait for that transaction's lock fails the statement at once instead of hanging.
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SET LOCAL lock_timeout = '200ms'").executeUpdate();
                queue.request(List.of(user));
            });

            assertEquals(1, queuedAsSeenBy(evaluating, user), "the request made during the evaluation stays queued");
            evaluating.commit();
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> queue.take(100)).stream().filter(user::equals).count(),
                "taken once more, after the evaluation that was running");
    }

    private static int takenIn(Connection connection, String user) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM prompt_refresh WHERE user_id = ?")) {
            delete.setString(1, user);
            return delete.executeUpdate();
        }
    }

    private static int queuedAsSeenBy(Connection connection, String user) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM prompt_refresh WHERE user_id = ?")) {
            count.setString(1, user);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
