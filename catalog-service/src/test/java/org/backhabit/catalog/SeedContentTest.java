package org.backhabit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backhabit.catalog.model.CatalogSeed;
import org.backhabit.catalog.model.Category;
import org.backhabit.catalog.model.Dosage;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.catalog.model.RoutineKind;
import org.backhabit.catalog.service.CatalogSeeder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped library keeps to what the source articles say. No Quarkus start needed. */
class SeedContentTest {

    private static final CatalogSeed SEED = CatalogSeeder.readSeed(new ObjectMapper().findAndRegisterModules());
    private static final Map<String, Exercise> BY_SLUG = SEED.exercises().stream()
            .collect(Collectors.toMap(Exercise::slug, Function.identity()));

    @Test
    void shipsAtLeast25ExercisesAnd5Routines() {
        assertTrue(SEED.exercises().size() >= 25, "exercises: " + SEED.exercises().size());
        assertTrue(SEED.routines().size() >= 5, "routines: " + SEED.routines().size());
        assertEquals(SEED.exercises().size(), BY_SLUG.size(), "slugs are unique");
    }

    @Test
    void everyExerciseHasStepsACautionAndADosage() {
        for (Exercise e : SEED.exercises()) {
            assertFalse(e.steps().isEmpty(), e.slug() + " steps");
            assertFalse(e.cautions().isEmpty(), e.slug() + " cautions");
            Dosage d = e.dosage();
            assertTrue(d.reps() != null || d.holdSeconds() != null || d.durationSeconds() != null, e.slug() + " dosage");
        }
    }

    @Test
    void holdsAndRepsStayWithinWhatTheArticlesGive() {
        Stream.concat(SEED.exercises().stream().map(e -> Map.entry(e.slug(), e.dosage())),
                        SEED.routines().stream().flatMap(r -> r.items().stream().map(i -> Map.entry(r.slug() + "/" + i.exerciseSlug(), i.dosage()))))
                .forEach(entry -> {
                    Dosage d = entry.getValue();
                    if (d.holdSeconds() != null) {
                        assertTrue(d.holdSeconds() >= 20 && d.holdSeconds() <= 30, entry.getKey() + " hold " + d.holdSeconds());
                    }
                    if (d.reps() != null) {
                        assertTrue(d.reps() >= 10 && d.reps() <= 15, entry.getKey() + " reps " + d.reps());
                    }
                    if (d.sets() != null) {
                        assertTrue(d.sets() >= 2 && d.sets() <= 3, entry.getKey() + " sets " + d.sets());
                    }
                });
    }

    @Test
    void heatIsFifteenToTwentyMinutes() {
        SEED.exercises().stream()
                .filter(e -> e.equipment().contains(org.backhabit.catalog.model.Equipment.HEAT_PACK))
                .forEach(e -> assertTrue(e.dosage().durationSeconds() >= 900 && e.dosage().durationSeconds() <= 1200, e.slug()));
    }

    @Test
    void everyStrengthRoutineStartsWithAWarmUp() {
        List<Routine> strength = SEED.routines().stream().filter(r -> r.kind() == RoutineKind.STRENGTH).toList();
        assertFalse(strength.isEmpty());
        for (Routine r : strength) {
            RoutineItem first = r.items().stream().filter(i -> i.order() == 1).findFirst().orElseThrow();
            assertEquals(Category.WARM_UP, BY_SLUG.get(first.exerciseSlug()).category(), r.slug());
        }
    }

    @Test
    void everyVariantAndRoutineItemResolves() {
        for (Exercise e : SEED.exercises()) {
            Stream.of(e.easierVariant(), e.harderVariant()).filter(s -> s != null)
                    .forEach(s -> assertTrue(BY_SLUG.containsKey(s), e.slug() + " → " + s));
        }
        for (Routine r : SEED.routines()) {
            r.items().forEach(i -> assertTrue(BY_SLUG.containsKey(i.exerciseSlug()), r.slug() + " → " + i.exerciseSlug()));
        }
    }

    @Test
    void theDeskBreakIsAboutFiveMinutesAtTheDesk() {
        Routine desk = SEED.routines().stream().filter(r -> r.kind() == RoutineKind.DESK_BREAK).findFirst().orElseThrow();
        assertTrue(desk.estimatedMinutes() <= 7, "minutes " + desk.estimatedMinutes());
        desk.items().forEach(i -> assertTrue(BY_SLUG.get(i.exerciseSlug()).deskFriendly(), i.exerciseSlug()));
    }
}
