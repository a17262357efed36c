package org.backhabit.system.fault;

import org.backhabit.localstack.infra.PostgresServer;
import org.backhabit.localstack.launch.LocalStack;
import org.backhabit.localstack.launch.ServiceProcess;
import org.backhabit.localstack.testing.ConsumerLag;
import org.backhabit.system.FreshStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults under a steady load of many users posting sessions and check-ins, against the whole
 * system started as {@code ./stack} starts it (four service JVMs under the launcher's supervisor,
 * real PostgreSQL and Kafka). For each fault: how many writes were acknowledged, applied by
 * progress-service, lost or applied twice, how many 5xx the clients saw, and how long until every
 * service was ready again and every acknowledged write applied. Every acknowledged write must be
 * applied exactly once, the only 5xx is 503 with Retry-After, and every service comes back by itself.
 * The table is printed at the end; {@code -Dfault.users} and {@code -Dfault.writes} make the run longer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

    private static final int USERS = Integer.getInteger("fault.users", 12);
    /** Acknowledged writes before each fault, and again after the system is back, before the load stops. */
    private static final int WRITES_AROUND_FAULT = Integer.getInteger("fault.writes", 40);
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration BACK_WITHIN = Duration.ofMinutes(3);

    private static final List<FaultRow> ROWS = new ArrayList<>();
    private static LocalStack stack;
    private static EventLog events;

    @BeforeAll
    static void startTheSystem() {
        stack = FreshStack.start("fault-suite");
        events = new EventLog(stack.kafka().bootstrapServers());
    }

    @AfterAll
    static void report() {
        System.out.println("[fault-suite] " + USERS + " users, " + WRITES_AROUND_FAULT + " acknowledged writes before each fault and after recovery\n"
                + FaultRow.table(ROWS));
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void progressServiceKilledMidBatch() {
        try (WriteLoad load = new WriteLoad(stack.sessionUrl(), "progress-kill", USERS).start()) {
            awaitAcknowledged(load, WRITES_AROUND_FAULT);
            String bootstrap = stack.kafka().bootstrapServers();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> ConsumerLag.of(bootstrap, "progress-service", "session-events") > 0);
            long lag = ConsumerLag.of(bootstrap, "progress-service", "session-events");
            Instant killed = kill("progress-service");
            Duration ready = awaitEveryServiceReady(killed);
            finish(load, "SIGKILL progress-service mid-batch", ready, () -> "events not yet committed at the kill: " + lag);
        }
    }

    /**
     * The relay sends a batch, waits for the acks, then deletes the rows in the same transaction.
     * Holding a share lock on the outbox rows (from outside, as a slow disk or a long lock would)
     * keeps that delete waiting: the rows are on the topic but still in the outbox when the
     * process is killed, and the restarted relay sends them again. Progress must apply them once.
     */
    @Test
    @Order(2)
    void sessionServiceKilledAfterItsRelaySentButBeforeItDeleted() throws SQLException {
        try (WriteLoad load = new WriteLoad(stack.sessionUrl(), "session-kill", USERS).start();
             Connection session = DriverManager.getConnection(stack.postgres().jdbcUrl("session"), PostgresServer.USER, PostgresServer.PASSWORD)) {
            awaitAcknowledged(load, WRITES_AROUND_FAULT);
            session.setAutoCommit(false);
            List<String> held = await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(20))
                    .until(() -> holdOutboxRows(session), rows -> !rows.isEmpty());
            await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> events.withIds("session-events", held) > 0);
            int sentNotDeleted = events.withIds("session-events", held);
            Instant killed = kill("session-service");
            session.commit();
            Duration ready = awaitEveryServiceReady(killed);
            finish(load, "SIGKILL session-service after its relay sent, before it deleted", ready,
                    () -> "events sent, not yet deleted at the kill: " + sentNotDeleted + "; published again after the restart: "
                            + events.republished("session-events", load.users()));
        }
    }

    @Test
    @Order(3)
    void postgresStoppedForTenSeconds() {
        outageUnderLoad("db-down", "PostgreSQL stopped 10 s, restarted", stack.postgres()::stop, stack.postgres()::start);
    }

    @Test
    @Order(4)
    void brokerStoppedForTenSeconds() {
        outageUnderLoad("broker-down", "Kafka broker stopped 10 s, restarted", stack.kafka()::stop, stack.kafka()::start);
    }

    @Test
    @Order(5)
    void aPoisonEventAmongTheLoad() {
        try (WriteLoad load = new WriteLoad(stack.sessionUrl(), "poison", USERS).start()) {
            awaitAcknowledged(load, WRITES_AROUND_FAULT);
            String key = events.publishPoison("session-events");
            Instant published = Instant.now();
            await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).until(() ->
                    events.all("session-events-dlq").stream().anyMatch(r -> key.equals(r.key()))
                            && events.all("notification-inputs-dlq").stream().anyMatch(r -> key.equals(r.key())));
            Duration ready = awaitEveryServiceReady(published);
            finish(load, "poison event on session-events", ready, () -> "dead-lettered by progress and notification");
        }
    }

    // ---- the steps every fault shares ----

    private static void awaitAcknowledged(WriteLoad load, int more) {
        int target = load.acknowledgedCount() + more;
        await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> load.acknowledgedCount() >= target);
    }

    private static void outageUnderLoad(String phase, String fault, Runnable stop, Runnable start) {
        try (WriteLoad load = new WriteLoad(stack.sessionUrl(), phase, USERS).start()) {
            awaitAcknowledged(load, WRITES_AROUND_FAULT);
            Instant back = outage(stop, start);
            Duration ready = awaitEveryServiceReady(back);
            finish(load, fault, ready, () -> "");
        }
    }

    /** Takes a part away for {@link #OUTAGE}, then brings it back; returns when it was back. */
    private static Instant outage(Runnable stop, Runnable start) {
        AtomicBoolean back = new AtomicBoolean();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            stop.run();
            timer.schedule(() -> {
                start.run();
                back.set(true);
            }, OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
            await().atMost(OUTAGE.plus(BACK_WITHIN)).pollInterval(Duration.ofMillis(100)).untilTrue(back);
            return Instant.now();
        } finally {
            timer.shutdown();
        }
    }

    private static Instant kill(String name) {
        ServiceProcess service = service(name);
        int restarts = service.restarts();
        service.kill();
        Instant killed = Instant.now();
        await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> service.restarts() > restarts);
        return killed;
    }

    /** Waits, without a hand, until every service answers ready on its public port; returns how long that took from {@code since}. */
    private static Duration awaitEveryServiceReady(Instant since) {
        await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                stack.services().stream().allMatch(s -> given().baseUri(s.baseUrl()).get("/q/health/ready").statusCode() == 200));
        return Duration.between(since, Instant.now());
    }

    /**
     * Lets the load run on until as many writes as before the fault were acknowledged again, stops
     * it, waits until every acknowledged write is applied (or the wait runs out), records the row
     * and checks it.
     */
    private static void finish(WriteLoad load, String fault, Duration readyAgain, Supplier<String> note) {
        awaitAcknowledged(load, WRITES_AROUND_FAULT);
        load.stop();
        Instant stopped = Instant.now();
        List<WriteLoad.Write> acknowledged = load.acknowledged();
        try {
            await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> Applied.of(stack.progressUrl(), load.users(), acknowledged).lost() == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // recorded as lost below
        }
        Duration caughtUp = Duration.between(stopped, Instant.now());
        Applied applied = Applied.of(stack.progressUrl(), load.users(), acknowledged);
        FaultRow row = new FaultRow(fault, acknowledged.size(), applied, load.serviceUnavailableWithRetryAfter(), load.otherServerErrors(),
                load.brokenConnections(), load.unfinished(), readyAgain, caughtUp, note.get());
        ROWS.add(row);
        System.out.println("[fault-suite] " + FaultRow.table(List.of(row)));
        assertAll(fault,
                () -> assertEquals(0, applied.lost(), "lost"),
                () -> assertEquals(0, applied.appliedTwice(), "applied twice"),
                () -> assertEquals(acknowledged.size(), applied.applied(), "applied"),
                () -> assertEquals(0, load.otherServerErrors(), "5xx other than 503 with Retry-After"),
                () -> assertEquals(0, load.unfinished(), "writes never acknowledged"),
                () -> assertEquals(List.of(), load.unexpected(), "refusals of well-formed writes"),
                () -> assertTrue(stack.services().stream().allMatch(ServiceProcess::isRunning), "every service running"));
    }

    /** Share-locks the rows now in session-service's outbox (its relay cannot delete them until commit); their event ids. */
    private static List<String> holdOutboxRows(Connection session) throws SQLException {
        session.rollback();
        List<String> ids = new ArrayList<>();
        try (Statement statement = session.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM outbox FOR SHARE")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static ServiceProcess service(String name) {
        return stack.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
