package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.notification.service.DeliveryDispatcher;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.prompt;
import static org.backhabit.notification.Requests.publishPrompt;
import static org.backhabit.notification.Requests.webhookSecret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failing webhook targets, with time driven by the injected clock. */
@QuarkusTest
class WebhookRetryTest {

    @Inject
    TestClock clock;
    @Inject
    DeliveryDispatcher dispatcher;

    private static Instant nextAttempt(String user) {
        String next = as(user).get("/notifications/me/deliveries").then().extract().path("items[0].nextAttemptAt");
        return next == null ? null : Instant.parse(next);
    }

    private static int attempts(String user) {
        return as(user).get("/notifications/me/deliveries").then().extract().path("items[0].attempts");
    }

    /** Moves time to the next attempt and lets it happen; @return the wait that was scheduled before it */
    private Duration runNextAttempt(String user) {
        int before = attempts(user);
        Instant next = nextAttempt(user);
        Duration wait = Duration.between(clock.instant(), next);
        clock.set(next);
        dispatcher.drain();
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(user) == before + 1);
        return wait;
    }

    @Test
    void aTargetThatFailsThreeTimesThenSucceedsGetsExactlyOneSuccessfulDelivery() {
        String user = newUser();
        try (HttpTarget target = new HttpTarget(n -> n <= 3 ? 500 : 204)) {
            webhookSecret(user, target.url());
            publishPrompt(prompt(user, "SEE_A_CLINICIAN", "WARNING"));
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> nextAttempt(user) != null);
            for (int i = 0; i < 3; i++) {
                runNextAttempt(user);
            }
            as(user).get("/notifications/me/deliveries").then()
                    .body("items", hasSize(1)).body("items[0].status", is("SENT")).body("items[0].attempts", is(4));
            // Nothing more is due: more time and more rounds send nothing again.
            clock.advance(Duration.ofDays(2));
            dispatcher.drain();
            assertEquals(4, target.received().size());
            Set<String> ids = target.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "one webhook-id for every retry of one delivery");
        }
    }

    @Test
    void aTargetThatAlwaysFailsIsRetriedWithBackoffThenDisabledWithTheReason() {
        String user = newUser();
        try (HttpTarget target = new HttpTarget(n -> 503)) {
            webhookSecret(user, target.url());
            Instant firstFailure = clock.instant();
            publishPrompt(prompt(user, "SEE_A_CLINICIAN", "WARNING"));
            await().atMost(Duration.ofSeconds(30)).until(() -> nextAttempt(user) != null);
            List<Duration> waits = new ArrayList<>();
            while (nextAttempt(user) != null) {
                waits.add(runNextAttempt(user));
            }
            assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240)),
                    waits.subList(0, 4), "doubling from 30 s");
            assertTrue(waits.stream().allMatch(w -> w.compareTo(Duration.ofHours(2)) <= 0), "capped at 2 h: " + waits);
            assertTrue(Duration.between(firstFailure, clock.instant()).compareTo(Duration.ofHours(24)) >= 0, "retried for 24 h");
            assertEquals(waits.size() + 1, target.received().size());

            as(user).get("/notifications/me/deliveries").then()
                    .body("items[0].status", is("FAILED")).body("items[0].lastError", containsString("503"));
            as(user).get("/notifications/me/webhooks").then()
                    .body("[0].enabled", is(false)).body("[0].disabledReason", containsString("failing since"));

            // A disabled endpoint gets nothing new.
            publishPrompt(prompt(user, "RED_FLAG", "URGENT"));
            clock.advance(Duration.ofDays(1));
            dispatcher.drain();
            assertEquals(waits.size() + 1, target.received().size());
        }
    }

    @Test
    void concurrentDispatchersSendEachDeliveryOnce() {
        String user = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(user, target.url());
            // Quiet hours hold the prompts back, so they are all due at once when the quiet time ends.
            as(user).body("{\"quietHours\":{\"from\":\"00:00\",\"to\":\"23:59\"},\"timeZone\":\"UTC\"}")
                    .put("/notifications/me/preferences").then().statusCode(200);
            java.time.LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            clock.set(today.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
            int count = 30;
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var p = prompt(user, "COMEBACK", "NUDGE");
                ids.add(p.promptId());
                publishPrompt(p);
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    as(user).get("/notifications/me/deliveries?limit=100").then().extract().<List<?>>path("items").size() == count);
            clock.set(today.atTime(23, 59, 30).toInstant(java.time.ZoneOffset.UTC));
            List<CompletableFuture<Integer>> instances = List.of(
                    CompletableFuture.supplyAsync(dispatcher::drain), CompletableFuture.supplyAsync(dispatcher::drain),
                    CompletableFuture.supplyAsync(dispatcher::drain));
            instances.forEach(CompletableFuture::join);
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() >= count);
            Set<String> webhookIds = target.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
            assertEquals(count, target.received().size(), "no delivery sent twice");
            assertEquals(count, webhookIds.size());
            as(user).get("/notifications/me/deliveries?limit=100").then().body("items.findAll { it.status == 'SENT' }", hasSize(count));
        }
    }
}
