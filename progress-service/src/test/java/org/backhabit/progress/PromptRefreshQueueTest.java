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
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void aUserWhoseEvaluationFailsIsDroppedAndTheOthersQueuedWithThemAreEvaluated() {
        String poison = "poison-" + UUID.randomUUID();
        List<String> others = List.of("after-" + UUID.randomUUID(), "after-" + UUID.randomUUID());
        // A goal row no resource would write (the zone is no IANA zone): evaluating this user throws.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO goal (user_id, sessions_per_week, time_zone, week_starts_on) VALUES (?1, 3, 'Not/AZone', 'MONDAY')")
                    .setParameter(1, poison).executeUpdate();
            queue.request(List.of(poison));
            queue.request(others);
        });
        scheduler.resume();

        await().atMost(Duration.ofSeconds(30)).until(() -> booked(others.get(0)) && booked(others.get(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> queued(poison) == 0);
        assertFalse(booked(poison));
    }

    private boolean booked(String user) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery("SELECT 1 FROM prompt_schedule WHERE user_id = ?1")
                .setParameter(1, user).getResultList().isEmpty());
    }

    private long queued(String user) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM prompt_refresh WHERE user_id = ?1")
                .setParameter(1, user).getSingleResult()).longValue());
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
