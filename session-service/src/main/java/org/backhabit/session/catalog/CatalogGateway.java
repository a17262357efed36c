package org.backhabit.session.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Calls the catalog with a timeout, one retry and a circuit breaker. Any 4xx means the catalog
 * has nothing to serve for that slug: an empty answer, never a failure, so a client sending odd
 * slugs cannot open the circuit for everyone. Only transport failures and 5xx count.
 */
@ApplicationScoped
public class CatalogGateway {

    @Inject
    @RestClient
    CatalogClient client;

    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000)
    public Optional<RoutineInfo> routine(String slug) {
        return read(client.routine(slug), RoutineInfo.class);
    }

    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000)
    public Optional<ExerciseInfo> exercise(String slug) {
        return read(client.exercise(slug), ExerciseInfo.class);
    }

    private static <T> Optional<T> read(Response response, Class<T> type) {
        try (response) {
            int status = response.getStatus();
            if (status >= 400 && status < 500) {
                return Optional.empty();
            }
            if (status != 200) {
                throw new IllegalStateException("catalog answered " + status);
            }
            return Optional.of(response.readEntity(type));
        }
    }
}
