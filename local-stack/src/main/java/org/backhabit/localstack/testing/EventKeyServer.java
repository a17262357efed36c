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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A stand-in for session-service's key endpoints ({@code GET /internal/event-keys/{keyId}},
 * {@code POST /internal/event-keys/lookup}, {@code PUT /internal/event-keys/by-user/{userId}}), so the tests of a service that reads sealed
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
    /** The key ids asked for one at a time, so a test can tell a batch's keys came in one lookup. */
    private static final Set<String> ASKED_SINGLY = ConcurrentHashMap.newKeySet();
    private static final Pattern QUOTED_UUID = Pattern.compile("\"([0-9a-fA-F-]{36})\"");
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

    /** Whether a service asked for the key on its own rather than in a lookup. */
    public static boolean askedSingly(String keyId) {
        return ASKED_SINGLY.contains(keyId);
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
            int status;
            String body;
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 403;
                body = "{}";
            } else if (keyId.equals("lookup") && exchange.getRequestMethod().equals("POST")) {
                // The body is {"keyIds":[...]}, UUIDs only: the ids are every quoted UUID in it.
                List<String> asked = QUOTED_UUID.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .results().map(m -> m.group(1)).toList();
                status = 200;
                body = "{\"keys\":[" + asked.stream().filter(KEYS::containsKey).map(EventKeyServer::keyJson).collect(Collectors.joining(",")) + "]}";
            } else {
                if (keyId.startsWith("by-user/") && exchange.getRequestMethod().equals("PUT")) {
                    keyId = USERS.computeIfAbsent(keyId.substring("by-user/".length()), user -> newKey());
                } else {
                    ASKED_SINGLY.add(keyId);
                }
                status = KEYS.containsKey(keyId) ? 200 : 404;
                body = status == 200 ? keyJson(keyId) : "{}";
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

    private static String keyJson(String keyId) {
        return "{\"keyId\":\"" + keyId + "\",\"key\":\"" + Base64.getEncoder().encodeToString(KEYS.get(keyId)) + "\"}";
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
