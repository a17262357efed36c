package org.backhabit.progress.erasure;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.backhabit.events.EventKeyClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Asks session-service for one key, riding out a short outage with a few retries. */
@ApplicationScoped
public class EventKeyFetcher {

    private final EventKeyClient client;

    EventKeyFetcher(@ConfigProperty(name = "event-keys.url") URI url, @ConfigProperty(name = "event-keys.token") String token,
                    @ConfigProperty(name = "event-keys.timeout") Duration timeout) {
        this.client = new EventKeyClient(url, token, timeout);
    }

    /** Opens the connection at start-up, off the event path, so the first sealed event does not wait for it. */
    void warmUp(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> {
            try {
                client.key(UUID.randomUUID().toString());
            } catch (RuntimeException e) {
                // session-service may still be starting: the client is ready either way
            }
        });
    }

    /** @return the key, or empty when it does not exist (shredded by an erasure) */
    @Retry(maxRetries = 4, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = EventKeyClient.KeyServiceUnavailable.class)
    public Optional<byte[]> fetch(String keyId) {
        return client.key(keyId).map(EventKeyClient.Key::secret);
    }

    /** @return the secret of each of {@code keyIds} that exists, by key id (one call per 500) */
    @Retry(maxRetries = 4, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = EventKeyClient.KeyServiceUnavailable.class)
    public Map<String, byte[]> fetchAll(Collection<String> keyIds) {
        return client.keys(keyIds);
    }

    /** @return the person's current key, created by session-service if they have none */
    @Retry(maxRetries = 4, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, retryOn = EventKeyClient.KeyServiceUnavailable.class)
    public EventKeyClient.Key forUser(String userId) {
        return client.currentKeyOf(userId).orElseThrow(() -> new IllegalStateException("session-service handed out no key for a user"));
    }
}
