package org.backhabit.session.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Catalog answers for recording sessions. A found slug is reused for {@code catalog.cache.ttl}
 * (default 2 s, so an exercise deleted from the catalog is refused within seconds); an unknown
 * slug is never remembered, so one added to the catalog is accepted at once. When the catalog
 * cannot be reached, a slug found before is still accepted from its last answer (catalog content
 * changes rarely; losing a session because the catalog blinked would be worse); an unseen slug
 * fails with {@link CatalogUnavailableException}. Only found slugs are kept, so the memory is
 * bounded by the catalog's size, not by what clients send.
 */
@ApplicationScoped
public class CatalogLookup {

    private record Found<T>(T answer, Instant at) {
    }

    @Inject
    CatalogGateway gateway;
    @Inject
    Clock clock;
    @ConfigProperty(name = "catalog.cache.ttl", defaultValue = "2s")
    Duration ttl;

    private final Map<String, Found<RoutineInfo>> routines = new ConcurrentHashMap<>();
    private final Map<String, Found<ExerciseInfo>> exercises = new ConcurrentHashMap<>();

    public Optional<RoutineInfo> routine(String slug) {
        return lookUp(slug, gateway::routine, routines);
    }

    public Optional<ExerciseInfo> exercise(String slug) {
        return lookUp(slug, gateway::exercise, exercises);
    }

    private <T> Optional<T> lookUp(String slug, Function<String, Optional<T>> call, Map<String, Found<T>> found) {
        Instant now = clock.instant();
        Found<T> last = found.get(slug);
        if (last != null && last.at().plus(ttl).isAfter(now)) {
            return Optional.of(last.answer());
        }
        Optional<T> answer;
        try {
            answer = call.apply(slug);
        } catch (RuntimeException e) {
            if (last != null) {
                return Optional.of(last.answer());
            }
            throw new CatalogUnavailableException("the catalog cannot be reached to check '" + slug + "'", e);
        }
        answer.ifPresentOrElse(value -> found.put(slug, new Found<>(value, now)), () -> found.remove(slug));
        return answer;
    }
}
