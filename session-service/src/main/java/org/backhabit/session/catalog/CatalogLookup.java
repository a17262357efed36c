package org.backhabit.session.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Catalog answers for recording sessions. When the catalog cannot be reached, a slug seen before
 * is still accepted from the last answer (catalog content changes rarely; losing a session
 * because the catalog blinked would be worse); an unseen slug fails with
 * {@link CatalogUnavailableException}.
 */
@ApplicationScoped
public class CatalogLookup {

    @Inject
    CatalogGateway gateway;

    private final Map<String, Optional<RoutineInfo>> lastRoutines = new ConcurrentHashMap<>();
    private final Map<String, Optional<ExerciseInfo>> lastExercises = new ConcurrentHashMap<>();

    public Optional<RoutineInfo> routine(String slug) {
        return withLastKnown(slug, gateway::routine, lastRoutines);
    }

    public Optional<ExerciseInfo> exercise(String slug) {
        return withLastKnown(slug, gateway::exercise, lastExercises);
    }

    private static <T> Optional<T> withLastKnown(String slug, Function<String, Optional<T>> call, Map<String, Optional<T>> lastKnown) {
        try {
            Optional<T> answer = call.apply(slug);
            lastKnown.put(slug, answer);
            return answer;
        } catch (RuntimeException e) {
            Optional<T> known = lastKnown.get(slug);
            if (known != null && known.isPresent()) {
                return known;
            }
            throw new CatalogUnavailableException("the catalog cannot be reached to check '" + slug + "'", e);
        }
    }
}
