package org.backhabit.progress.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Asks session-service for one key, riding out a short outage with a few retries. */
@ApplicationScoped
public class EventKeyFetcher {

    /** The key service could not say whether the key exists; the event must not be treated as erased. */
    public static class KeyServiceUnavailable extends RuntimeException {
        KeyServiceUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @RestClient
    EventKeyClient client;

    /** Starts the REST client at start-up, off the event path, so the first sealed event does not wait for it. */
    void warmUp(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> {
            try (Response ignored = client.get(UUID.randomUUID().toString())) {
                // 404 (or nothing, while session-service is still starting): the client is ready either way
            } catch (RuntimeException e) {
                // same
            }
        });
    }

    /** A person's key and its id. */
    public record Key(String keyId, byte[] secret) {
    }

    /** @return the key, or empty when it does not exist (shredded by an erasure) */
    @Retry(maxRetries = 4, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = KeyServiceUnavailable.class)
    public Optional<byte[]> fetch(String keyId) {
        return read(() -> client.get(keyId)).map(Key::secret);
    }

    /** @return the person's current key, created by session-service if they have none */
    @Retry(maxRetries = 4, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = KeyServiceUnavailable.class)
    public Key forUser(String userId) {
        return read(() -> client.forUser(userId)).orElseThrow(() -> new KeyServiceUnavailable("no key for a user", null));
    }

    private static Optional<Key> read(java.util.function.Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            throw new KeyServiceUnavailable("event key service unreachable: " + e.getMessage(), e);
        }
        try (response) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            if (response.getStatus() != 200) {
                throw new KeyServiceUnavailable("event key service answered " + response.getStatus(), null);
            }
            JsonNode body = response.readEntity(JsonNode.class);
            return Optional.of(new Key(body.get("keyId").asText(), Base64.getDecoder().decode(body.get("key").asText())));
        }
    }
}
