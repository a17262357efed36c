package org.backhabit.progress;

import io.restassured.specification.RequestSpecification;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.testing.ConsumerLag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops"));
    }
}
