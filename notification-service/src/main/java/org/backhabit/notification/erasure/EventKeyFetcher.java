package org.backhabit.notification.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import org.backhabit.events.EventKeyClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Asks session-service for one key, riding out a short outage with a few retries. A longer one
 * fails the record, which stops the input channel uncommitted: it is read again, never dropped.
 */
@ApplicationScoped
public class EventKeyFetcher {

    private final EventKeyClient client;

    EventKeyFetcher(@ConfigProperty(name = "event-keys.url") URI url, @ConfigProperty(name = "event-keys.token") String token,
                    @ConfigProperty(name = "event-keys.timeout") Duration timeout) {
        this.client = new EventKeyClient(url, token, timeout);
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
}
