package org.backhabit.session;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for catalog-service's two read endpoints, so session tests control what the catalog
 * knows and can make it unreachable. The real catalog is exercised by the system tests.
 */
public class StubCatalog implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> ROUTINES = Map.of(
            "posture-strength", """
                    {"slug":"posture-strength","kind":"STRENGTH","items":[{"order":1,"exerciseSlug":"shoulder-rolls"},{"order":2,"exerciseSlug":"wall-angels"}]}""",
            "desk-break", """
                    {"slug":"desk-break","kind":"DESK_BREAK","items":[{"order":1,"exerciseSlug":"shoulder-rolls"}]}""",
            "slow-routine", """
                    {"slug":"slow-routine","kind":"MOBILITY","items":[{"order":1,"exerciseSlug":"cat-cow"}]}""",
            // A second one, so a test holding lookups is not answered from what another test had cached.
            "slow-routine-2", """
                    {"slug":"slow-routine-2","kind":"MOBILITY","items":[{"order":1,"exerciseSlug":"cat-cow"}]}""",
            "flare-up-relief", """
                    {"slug":"flare-up-relief","kind":"RELIEF","items":[{"order":1,"exerciseSlug":"moist-heat"}]}""");
    private static final Map<String, String> EXERCISES = new ConcurrentHashMap<>(Map.of(
            "wall-angels", "{\"slug\":\"wall-angels\",\"category\":\"STRENGTH\"}",
            "shoulder-rolls", "{\"slug\":\"shoulder-rolls\",\"category\":\"WARM_UP\"}",
            "cat-cow", "{\"slug\":\"cat-cow\",\"category\":\"MOBILITY\"}",
            "childs-pose", "{\"slug\":\"childs-pose\",\"category\":\"STRETCH\"}"));
    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    private static volatile boolean reachable = true;
    private static volatile Gate slowRoutineGate;
    private static HttpServer server;

    /** An exercise the catalog gains (as an admin would add it). */
    public static void addExercise(String slug, String category) {
        EXERCISES.put(slug, "{\"slug\":\"" + slug + "\",\"category\":\"" + category + "\"}");
    }

    public static void removeExercise(String slug) {
        EXERCISES.remove(slug);
    }

    /** How often a path (such as {@code /exercises/cat-cow}) was asked for. */
    public static int requestsFor(String path) {
        AtomicInteger count = REQUESTS.get(path);
        return count == null ? 0 : count.get();
    }

    /** Holds requests for {@code slow-routine} (and {@code slow-routine-2}) until released, and tells when the first one arrived. */
    public static final class Gate {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public boolean awaitArrival() throws InterruptedException {
            return arrived.await(30, TimeUnit.SECONDS);
        }

        public void release() {
            released.countDown();
            slowRoutineGate = null;
        }

        private void pass() {
            arrived.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** From now until {@link Gate#release()}, lookups of {@code slow-routine} wait. */
    public static Gate holdSlowRoutine() {
        Gate gate = new Gate();
        slowRoutineGate = gate;
        return gate;
    }

    /** While false, every request fails with 503, as a catalog that is down would. */
    public static void setReachable(boolean value) {
        reachable = value;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            REQUESTS.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            String[] path = exchange.getRequestURI().getPath().split("/");
            String body = null;
            if (path.length == 3) {
                body = switch (path[1]) {
                    case "routines" -> ROUTINES.get(path[2]);
                    case "exercises" -> EXERCISES.get(path[2]);
                    default -> null;
                };
            }
            Gate gate = slowRoutineGate;
            if (gate != null && exchange.getRequestURI().getPath().matches(".*/slow-routine(-2)?")) {
                gate.pass();
            }
            int status = !reachable ? 503 : body == null ? 404 : 200;
            if (exchange.getRequestURI().getPath().contains("/refused-")) {
                status = 400; // a client error the catalog reports for a request it will not serve
            }
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("quarkus.rest-client.catalog.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
