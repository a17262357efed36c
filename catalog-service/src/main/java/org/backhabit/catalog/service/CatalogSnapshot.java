package org.backhabit.catalog.service;

import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.Routine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole catalog as one immutable value. It is small (dozens of documents) and read far more
 * often than written, so reads filter this in memory instead of querying the database.
 * Listings are in a stable order: by name, then slug.
 */
public record CatalogSnapshot(Map<String, Exercise> exercises, Map<String, Routine> routines, List<RedFlag> redFlags) {

    public static CatalogSnapshot of(List<Exercise> exercises, List<Routine> routines, List<RedFlag> redFlags) {
        return new CatalogSnapshot(
                ordered(exercises, Exercise::slug, Comparator.comparing(Exercise::name).thenComparing(Exercise::slug)),
                ordered(routines, Routine::slug, Comparator.comparing(Routine::name).thenComparing(Routine::slug)),
                List.copyOf(redFlags));
    }

    public Optional<Exercise> exercise(String slug) {
        return Optional.ofNullable(exercises.get(slug));
    }

    public Optional<Routine> routine(String slug) {
        return Optional.ofNullable(routines.get(slug));
    }

    /** The routine with each item's exercise filled in. */
    public Optional<Routine> resolvedRoutine(String slug) {
        return routine(slug).map(this::resolve);
    }

    /** Fills in each item's exercise from this snapshot. */
    public Routine resolve(Routine routine) {
        return routine.withItems(routine.items().stream()
                .map(item -> item.withExercise(exercises.get(item.exerciseSlug())))
                .toList());
    }

    private static <T> Map<String, T> ordered(List<T> values, Function<T, String> key, Comparator<T> order) {
        return values.stream().sorted(order)
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
