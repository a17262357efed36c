package org.backhabit.progress;

import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static io.restassured.RestAssured.given;

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

    static RequestSpecification as(String user) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("application/json");
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DevTokens.forAdmin("ops"));
    }
}
