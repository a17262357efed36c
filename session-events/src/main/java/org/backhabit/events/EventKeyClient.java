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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks session-service for the keys that open sealed event data ({@link SealedPayload}), with a
 * token of the group {@code service}: {@code GET /internal/event-keys/{keyId}} (404 once the
 * owner was erased), {@code POST /internal/event-keys/lookup} (a batch's keys at once) and
 * {@code PUT /internal/event-keys/by-user/{userId}} (the person's current key, created when they
 * have none). One client for every service that reads or writes sealed data.
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

    /** The most key ids one lookup may name. */
    public static final int MAX_LOOKUP = 500;

    private record KeyBody(String keyId, String key) {
    }

    private record KeysBody(List<KeyBody> keys) {
    }

    private record LookupBody(List<String> keyIds) {
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

    /**
     * The keys of a consumer's batch, {@link #MAX_LOOKUP} ids per call. An id that is not a UUID
     * names no key session-service ever made, so it is left out like a shredded one.
     *
     * @return the secret of each key that exists, by key id; one left out was shredded
     */
    public Map<String, byte[]> keys(Collection<String> keyIds) {
        List<String> wellFormed = keyIds.stream().filter(EventKeyClient::isUuid).distinct().toList();
        Map<String, byte[]> keys = new HashMap<>();
        for (int from = 0; from < wellFormed.size(); from += MAX_LOOKUP) {
            LookupBody lookup = new LookupBody(wellFormed.subList(from, Math.min(wellFormed.size(), from + MAX_LOOKUP)));
            HttpResponse<String> response = send(request("/internal/event-keys/lookup", "POST",
                    HttpRequest.BodyPublishers.ofString(EventJson.write(lookup))));
            for (KeyBody key : EventJson.read(answered(response), KeysBody.class).keys()) {
                keys.put(key.keyId(), Base64.getDecoder().decode(key.key()));
            }
        }
        return keys;
    }

    private static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<Key> call(String method, String path) {
        HttpResponse<String> response = send(request(path, method, HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        KeyBody body = EventJson.read(answered(response), KeyBody.class);
        return Optional.of(new Key(body.keyId(), Base64.getDecoder().decode(body.key())));
    }

    private HttpRequest request(String path, String method, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body).build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeyServiceUnavailable("event key service unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyServiceUnavailable("interrupted while asking for an event key", e);
        }
    }

    private static String answered(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailable("event key service answered " + response.statusCode(), null);
        }
        return response.body();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
