package org.backhabit.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.session.repository.IdempotencyRecord;
import org.backhabit.session.repository.IdempotencyRepository;
import org.backhabit.session.service.IdempotencyService;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.backhabit.session.Requests.routineSession;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyRepository repository;
    @Inject
    IdempotencyService idempotency;

    @Test
    void aReplayReturnsTheFirstResponseAndRecordsOnce() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        String body = routineSession(hoursAgo(2));
        Response first = as(user).header("Idempotency-Key", key).body(body).post("/sessions");
        first.then().statusCode(201);
        Response replay = as(user).header("Idempotency-Key", key).body(body).post("/sessions");
        replay.then().statusCode(201).header("Location", first.header("Location")).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getMap(""), replay.jsonPath().getMap(""));
        as(user).get("/sessions").then().body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        as(user).header("Idempotency-Key", key).body(routineSession(hoursAgo(2))).post("/sessions").then().statusCode(201);
        as(user).header("Idempotency-Key", key).body(routineSession(hoursAgo(3))).post("/sessions")
                .then().statusCode(422).contentType("application/problem+json").body("violations[0].field", is("Idempotency-Key"));
        as(user).get("/sessions").then().body("items", hasSize(1));
    }

    @Test
    void aSecondRequestWhileTheFirstIsInFlightIs409AndExactlyOneSessionIsRecorded() throws Exception {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        String body = slowSession();
        int first = withTheFirstHeld(user, key, body, gate -> as(user).header("Idempotency-Key", key).body(body).post("/sessions")
                .then().statusCode(409).contentType("application/problem+json"));
        assertEquals(201, first);
        as(user).get("/sessions").then().body("items", hasSize(1));
        as(user).header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    /**
     * A claim whose request died (its process killed) would block the key; once it is older than a
     * request can take, a retry takes it over. Should the first request still be alive after all,
     * it cannot store its answer: it is refused and its session rolled back, so one is recorded.
     */
    @Test
    void aRetryTakesOverAnAbandonedClaimAndTheLateFirstRequestChangesNothing() throws Exception {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        String body = slowSession().replace("slow-routine", "slow-routine-2");
        int first = withTheFirstHeld(user, key, body, gate -> {
            QuarkusTransaction.requiringNew().run(() -> repository.getEntityManager()
                    .createNativeQuery("UPDATE idempotency_key SET created_at = created_at - interval '1 minute' WHERE user_id = ?1 AND key = ?2")
                    .setParameter(1, user).setParameter(2, key).executeUpdate());
            // The retry takes the slow route too; let both through.
            gate.release();
            as(user).header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(201);
        });
        assertEquals(409, first);
        as(user).get("/sessions").then().body("items", hasSize(1));
        as(user).header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    /** A session whose routine the stub catalog can hold, so a request stays in flight after claiming its key. */
    private static String slowSession() {
        return routineSession(hoursAgo(2)).replace("posture-strength", "slow-routine");
    }

    /** Sends the first request, runs {@code meanwhile} once it is held at the catalog (having claimed the key), and returns its status. */
    private static int withTheFirstHeld(String user, String key, String body, Consumer<StubCatalog.Gate> meanwhile) throws Exception {
        StubCatalog.Gate gate = StubCatalog.holdSlowRoutine();
        CompletableFuture<Integer> first;
        try {
            first = CompletableFuture.supplyAsync(() -> as(user).header("Idempotency-Key", key).body(body).post("/sessions").statusCode());
            assertTrue(gate.awaitArrival(), "the first request reached the catalog");
            meanwhile.accept(gate);
        } finally {
            gate.release();
        }
        return first.join();
    }

    @Test
    void keysAreScopedPerUser() {
        String key = UUID.randomUUID().toString();
        String body = routineSession(hoursAgo(2));
        String first = as(newUser()).header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(201).extract().path("id");
        String second = as(newUser()).header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(201).extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void aFailedFirstRequestLeavesTheKeyUsable() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        String unknown = routineSession(hoursAgo(2)).replace("posture-strength", "no-such-routine");
        as(user).header("Idempotency-Key", key).body(unknown).post("/sessions").then().statusCode(422);
        as(user).header("Idempotency-Key", key).body(unknown).post("/sessions").then().statusCode(422)
                .body("violations[0].field", is("routineSlug"));
    }

    @Test
    void aKeyOlderThan24HoursIsForgottenAndPurged() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            repository.insertIfAbsent(user, key, "POST /sessions", "an-older-request", Instant.now().minus(Duration.ofHours(25)));
            IdempotencyRecord old = repository.find(user, key).orElseThrow();
            old.status = 201;
            old.responseBody = "{}";
        });
        // Past 24 hours the key no longer binds: a different body is processed, not refused with 422.
        as(user).header("Idempotency-Key", key).body(routineSession(hoursAgo(2))).post("/sessions")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        String stale = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() ->
                repository.insertIfAbsent(user, stale, "POST /sessions", "x", Instant.now().minus(Duration.ofHours(30))));
        idempotency.purgeExpired();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.find(user, stale).isEmpty()), "purged");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.find(user, key).isPresent()), "the renewed key stays");
    }
}
