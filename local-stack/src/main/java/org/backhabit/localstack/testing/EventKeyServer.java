package org.backhabit.localstack.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for session-service's key endpoints ({@code GET /internal/event-keys/{keyId}},
 * {@code PUT /internal/event-keys/by-user/{userId}}), so the tests of a service that reads sealed
 * events can seal them with a user's key and shred it. It insists on the service token the service
 * under test is configured with ({@code event-keys.url}, {@code event-keys.token}). The
 * real endpoint is exercised by session-service's tests and the system tests.
 */
public class EventKeyServer implements QuarkusTestResourceLifecycleManager {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN = "test-service-token-" + UUID.randomUUID();

    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();
    /** The key handed out per user to a service that publishes about someone no sealed event named a key for yet. */
    private static final Map<String, String> USERS = new ConcurrentHashMap<>();
    private static HttpServer server;

    /** A new key for a user; returns its id. */
    public static String newKey() {
        String keyId = UUID.randomUUID().toString();
        byte[] key = new byte[32]; // AES-256, as session-service hands out
        RANDOM.nextBytes(key);
        KEYS.put(keyId, key);
        return keyId;
    }

    public static byte[] key(String keyId) {
        return KEYS.get(keyId);
    }

    public static void shred(String keyId) {
        KEYS.remove(keyId);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/event-keys/", exchange -> {
            String keyId = exchange.getRequestURI().getPath().substring("/internal/event-keys/".length());
            if (keyId.startsWith("by-user/") && exchange.getRequestMethod().equals("PUT")) {
                keyId = USERS.computeIfAbsent(keyId.substring("by-user/".length()), user -> newKey());
            }
            byte[] key = KEYS.get(keyId);
            int status;
            String body;
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 403;
                body = "{}";
            } else if (key == null) {
                status = 404;
                body = "{}";
            } else {
                status = 200;
                body = "{\"keyId\":\"" + keyId + "\",\"key\":\"" + Base64.getEncoder().encodeToString(key) + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("event-keys.url", "http://localhost:" + server.getAddress().getPort(),
                "event-keys.token", TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
