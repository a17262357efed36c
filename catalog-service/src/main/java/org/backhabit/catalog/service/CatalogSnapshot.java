package org.backhabit.catalog.service;

import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.Translations;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole catalog in one language as one immutable value. It is small (dozens of documents) and
 * read far more often than written, so reads filter this in memory instead of querying the
 * database. Listings are in a stable order: by name (in this language), then slug. A routine item
 * without a dosage shows its exercise's.
 */
public record CatalogSnapshot(Map<String, Exercise> exercises, Map<String, Routine> routines, List<RedFlag> redFlags) {

    public static CatalogSnapshot of(List<Exercise> exercises, List<Routine> routines, List<RedFlag> redFlags) {
        Map<String, Exercise> bySlug = ordered(exercises, Exercise::slug,
                Comparator.comparing(Exercise::name).thenComparing(Exercise::slug));
        return new CatalogSnapshot(bySlug,
                ordered(routines.stream().map(r -> withDefaultDosages(r, bySlug)).toList(), Routine::slug,
                        Comparator.comparing(Routine::name).thenComparing(Routine::slug)),
                List.copyOf(redFlags));
    }

    /** This catalog in another language; what has no translation stays English. */
    public CatalogSnapshot translated(Translations translations) {
        return of(exercises.values().stream().map(translations::apply).toList(),
                routines.values().stream().map(translations::apply).toList(),
                redFlags.stream().map(translations::apply).toList());
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

    /** Fills in each item's exercise (and its dosage where the item has none) from this snapshot. */
    public Routine resolve(Routine routine) {
        Routine dosed = withDefaultDosages(routine, exercises);
        return dosed.withItems(dosed.items().stream()
                .map(item -> item.withExercise(exercises.get(item.exerciseSlug())))
                .toList());
    }

    private static Routine withDefaultDosages(Routine routine, Map<String, Exercise> exercises) {
        return routine.withItems(routine.items().stream()
                .map(item -> exercises.containsKey(item.exerciseSlug())
                        ? item.withDefaultDosage(exercises.get(item.exerciseSlug()).dosage()) : item)
                .toList());
    }

    private static <T> Map<String, T> ordered(List<T> values, Function<T, String> key, Comparator<T> order) {
        return values.stream().sorted(order)
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
