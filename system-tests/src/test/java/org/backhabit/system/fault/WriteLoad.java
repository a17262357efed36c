package org.backhabit.system.fault;

import org.backhabit.localstack.auth.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady writes by many users, as careful clients make them: each session or check-in carries its
 * own Idempotency-Key and is sent again with the same key after a 5xx, a refused or broken
 * connection or a timeout (after Retry-After when given) until it is acknowledged with 201. Every
 * write has its own instant, so what progress applied can be matched to what was acknowledged.
 */
final class WriteLoad implements AutoCloseable {

    enum Kind { SESSION, CHECK_IN }

    /** One acknowledged write: whose, which kind, and the instant that identifies it. */
    record Write(String user, Kind kind, Instant at) {
    }

    private static final Duration PACE = Duration.ofMillis(200);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /** After {@link #stop()}, a write under way is retried this long at most. */
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    private final String sessionUrl;
    private final List<String> users = new ArrayList<>();
    private final ExecutorService threads;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger serviceUnavailableWithRetryAfter = new AtomicInteger();
    private final AtomicInteger otherServerErrors = new AtomicInteger();
    private final AtomicInteger brokenConnections = new AtomicInteger();
    private final AtomicInteger unfinished = new AtomicInteger();
    private volatile Instant finishBy = Instant.MAX;

    WriteLoad(String sessionUrl, String phase, int userCount) {
        this.sessionUrl = sessionUrl;
        for (int i = 0; i < userCount; i++) {
            users.add("fault-" + phase + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        this.threads = Executors.newFixedThreadPool(userCount);
    }

    WriteLoad start() {
        // Instants a minute and more in the past, one per write, seconds apart.
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        for (String user : users) {
            String token = DevTokens.forUser(user);
            threads.submit(() -> writeUntilStopped(user, token, base));
        }
        return this;
    }

    private void writeUntilStopped(String user, String token, Instant base) {
        int sequence = 0;
        while (stopped.getCount() > 0) {
            Kind kind = sequence % 2 == 0 ? Kind.SESSION : Kind.CHECK_IN;
            Instant at = base.minusSeconds(7L * sequence++);
            writeUntilAcknowledged(new Write(user, kind, at), token);
            pause(PACE);
        }
    }

    private void writeUntilAcknowledged(Write write, String token) {
        String key = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sessionUrl + (write.kind() == Kind.SESSION ? "/sessions" : "/check-ins")))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(write)))
                .build();
        while (true) {
            if (Instant.now().isAfter(finishBy)) {
                unfinished.incrementAndGet();
                return;
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 201) {
                    acknowledged.add(write);
                    return;
                }
                Duration retryAfter = response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(null);
                if (status == 503 && retryAfter != null) {
                    serviceUnavailableWithRetryAfter.incrementAndGet();
                } else if (status >= 500) {
                    otherServerErrors.incrementAndGet();
                } else if (status != 429 && status != 409) {
                    // 409: the first attempt with this key is still being answered; anything else is a refusal the load must never get.
                    unexpected.add(status + " " + response.body());
                    return;
                }
                pause(retryAfter != null ? retryAfter : RETRY_PAUSE);
            } catch (IOException e) {
                brokenConnections.incrementAndGet();
                pause(RETRY_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unfinished.incrementAndGet();
                return;
            }
        }
    }

    private static String body(Write write) {
        return write.kind() == Kind.SESSION
                ? """
                {"routineSlug":"posture-strength","completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":12,"painBefore":5,"painAfter":3}"""
                .formatted(write.at())
                : """
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":3,"areas":["MID_BACK"],"redFlags":[]}""".formatted(write.at());
    }

    /** Waits without holding up {@link #stop()}: the pacing ends early once the load is told to stop. */
    private void pause(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Stops starting new writes; each under way is retried until acknowledged (or {@link #FINISH_WITHIN} passed). */
    void stop() {
        finishBy = Instant.now().plus(FINISH_WITHIN);
        stopped.countDown();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(FINISH_WITHIN.toSeconds() + 30, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    List<String> users() {
        return List.copyOf(users);
    }

    List<Write> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Answers a well-formed write must never get (a 4xx other than 409 or 429). */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    int serviceUnavailableWithRetryAfter() {
        return serviceUnavailableWithRetryAfter.get();
    }

    int otherServerErrors() {
        return otherServerErrors.get();
    }

    int brokenConnections() {
        return brokenConnections.get();
    }

    /** Writes still not acknowledged when the load had to end. */
    int unfinished() {
        return unfinished.get();
    }

    @Override
    public void close() {
        if (stopped.getCount() > 0) {
            stop();
        }
    }
}
