package org.backhabit.events;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Asks session-service for the keys that open sealed event data ({@link SealedPayload}), with a
 * token of the group {@code service}: {@code GET /internal/event-keys/{keyId}} (404 once the
 * owner was erased) and {@code PUT /internal/event-keys/by-user/{userId}} (the person's current
 * key, created when they have none). One client for every service that reads or writes sealed data.
 */
public final class EventKeyClient {

    /** A person's key and its id. */
    public record Key(String keyId, byte[] secret) {
    }

    /** session-service could not say whether the key exists: the record must not be treated as erased. */
    public static class KeyServiceUnavailable extends RuntimeException {
        KeyServiceUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record KeyBody(String keyId, String key) {
    }

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration timeout;

    public EventKeyClient(URI sessionService, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = sessionService;
        this.token = token;
        this.timeout = timeout;
    }

    /** @return the key, or empty when it does not exist (shredded by an erasure) */
    public Optional<Key> key(String keyId) {
        return call("GET", "/internal/event-keys/" + encode(keyId));
    }

    /** @return the person's current key; empty only if session-service says there is none to hand out */
    public Optional<Key> currentKeyOf(String userId) {
        return call("PUT", "/internal/event-keys/by-user/" + encode(userId));
    }

    private Optional<Key> call(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeyServiceUnavailable("event key service unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyServiceUnavailable("interrupted while asking for an event key", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailable("event key service answered " + response.statusCode(), null);
        }
        KeyBody body = EventJson.read(response.body(), KeyBody.class);
        return Optional.of(new Key(body.keyId(), Base64.getDecoder().decode(body.key())));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
