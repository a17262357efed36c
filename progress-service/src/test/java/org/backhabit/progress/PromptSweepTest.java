package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.EventTypes;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.progress.prompt.PromptSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prompts that become true with time alone are raised by the sweep, without any dashboard read.
 * The test moves the injected clock and runs the sweep itself (its schedule is off in tests).
 */
@QuarkusTest
class PromptSweepTest extends EventDrivenTest {

    @Inject
    PromptSweep sweep;

    @AfterEach
    void backToFriday() {
        FixedClock.reset();
    }

    @Test
    void tenDaysWithoutASessionRaiseAComebackThroughTheSweepAlone() {
        String user = "s-" + UUID.randomUUID();
        LocalDate today = LocalDate.of(2026, 11, 20);
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, today, "MOBILITY", 3, 2));
        // The session is applied and its prompts evaluated (GOAL_AT_RISK and the like); no COMEBACK today.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", not(empty())));
        as(user).get("/progress/me/prompts").then().body("type", not(hasItem("COMEBACK")));

        FixedClock.advance(Duration.ofDays(10));
        sweep.sweep();

        as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem("COMEBACK"));
        List<ConsumerRecord<String, String>> published = TopicRecords.read(EventTypes.PROGRESS_PROMPTS_TOPIC,
                r -> user.equals(r.key()) && r.value().contains("\"COMEBACK\""), 1, Duration.ofSeconds(20));
        assertTrue(published.size() == 1, "prompt.raised.v1 COMEBACK on progress-prompts");
    }

    @Test
    void theSweepLeavesUsersWhoseDayHasNotChangedAlone() {
        String user = "s-" + UUID.randomUUID();
        events.send(EventTypes.SESSION_RECORDED, user, session(user, UUID.randomUUID(), 1, LocalDate.of(2026, 11, 9), "MOBILITY", 3, 2));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as(user).get("/progress/me/prompts").then().statusCode(200).body("type", hasItem("COMEBACK")));
        int before = as(user).get("/progress/me/prompts").then().extract().path("size()");

        sweep.sweep();

        as(user).get("/progress/me/prompts").then().body("size()", org.hamcrest.Matchers.is(before));
    }
}
