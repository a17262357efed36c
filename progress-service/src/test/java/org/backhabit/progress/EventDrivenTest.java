package org.backhabit.progress;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.testing.ConsumerLag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Base of the tests that publish events to the real broker and read the outcome through the API. */
abstract class EventDrivenTest {

    static EventSender events;

    @BeforeAll
    static void connect() {
        events = new EventSender();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    /**
     * Waits until progress-service has processed and committed every event published so far: the
     * one state in which an assertion about what it made of them can neither pass nor fail early.
     */
    static void awaitAllEventsConsumed() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ConsumerLag.of("progress-service", EventTypes.SESSION_EVENTS_TOPIC) == 0);
    }

    static RequestSpecification as(String user) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("application/json");
    }

    /** Waits until the user's prompts were evaluated after their last applied event (no refresh queued, one evaluation done). */
    static void awaitPromptsEvaluated(String user) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                 PreparedStatement s = c.prepareStatement("""
                         SELECT (SELECT count(*) FROM prompt_refresh WHERE user_id = ?) = 0
                            AND (SELECT count(*) FROM prompt_schedule WHERE user_id = ?) = 1""")) {
                s.setString(1, user);
                s.setString(2, user);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops"));
    }
}
