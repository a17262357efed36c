package org.backhabit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backhabit.catalog.model.CatalogSeed;
import org.backhabit.catalog.model.Category;
import org.backhabit.catalog.model.Dosage;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.ExerciseText;
import org.backhabit.catalog.model.Media;
import org.backhabit.catalog.model.MediaFiles;
import org.backhabit.catalog.model.RedFlagText;
import org.backhabit.catalog.model.Translations;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.service.CatalogSeeder;
import org.backhabit.catalog.service.SvgSafety;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.events.vocabulary.Urgency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped library keeps to what the source articles say. No Quarkus start needed. */
class SeedContentTest {

    private static final List<CatalogSeed> SEEDS = CatalogSeeder.readSeeds(new ObjectMapper().findAndRegisterModules());
    private static final CatalogSeed SEED = SEEDS.get(0);
    private static final CatalogSeed ILLUSTRATED = SEEDS.get(1);
    private static final Translations GERMAN = ILLUSTRATED.translations().get("de");
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
                .filter(entry -> entry.getValue() != null)
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

    @Test
    void everyRedFlagHasGuidanceInEnglishAndGerman() {
        assertFalse(SEED.redFlags().isEmpty());
        for (RedFlag flag : SEED.redFlags()) {
            assertFalse(flag.description().isBlank(), flag.code() + " en");
            RedFlagText german = GERMAN.redFlags().get(flag.code());
            assertTrue(german != null && !german.description().isBlank(), flag.code() + " de");
            assertNotEquals(flag.description(), german.description(), flag.code());
        }
        assertEquals(SEED.redFlags().size(), GERMAN.redFlags().size(), "no German guidance for a flag that does not exist");
    }

    @Test
    void germanGuidanceKeepsTheUrgencyOfItsFlag() {
        for (RedFlag flag : SEED.redFlags()) {
            String german = GERMAN.redFlags().get(flag.code()).description().toLowerCase(java.util.Locale.ROOT);
            if (flag.urgency() == Urgency.IMMEDIATE) {
                assertTrue(german.contains("sofort") || german.contains("notruf") || german.contains("notfall"), flag.code() + ": " + german);
            }
        }
    }

    @Test
    void everyExerciseHasAnIllustrationWithAltTextInBothLanguages() {
        for (Exercise e : SEED.exercises()) {
            List<Media> media = ILLUSTRATED.media().get(e.slug());
            assertTrue(media != null && !media.isEmpty(), e.slug() + " has no illustration");
            for (Media m : media) {
                assertEquals("image/svg+xml", m.type(), m.url());
                assertFalse(m.altText().isBlank(), m.url() + " en alt text");
                String german = GERMAN.exercises().get(e.slug()).altTexts().get(m.url());
                assertTrue(german != null && !german.isBlank(), m.url() + " de alt text");
                byte[] svg = CatalogSeeder.resource("seed/media/" + MediaFiles.name(m.url()));
                assertEquals(java.util.Optional.empty(), SvgSafety.problem(svg), m.url());
            }
        }
    }

    @Test
    void everyGermanTextMatchesItsExerciseStepForStep() {
        for (Exercise e : SEED.exercises()) {
            ExerciseText german = GERMAN.exercises().get(e.slug());
            assertTrue(german != null, e.slug() + " has no German text");
            assertEquals(e.steps().size(), german.steps().size(), e.slug() + " steps");
            assertEquals(e.cues() == null ? 0 : e.cues().size(), german.cues().size(), e.slug() + " cues");
            assertEquals(e.cautions().size(), german.cautions().size(), e.slug() + " cautions");
        }
        for (Routine r : SEED.routines()) {
            assertTrue(GERMAN.routines().containsKey(r.slug()), r.slug() + " has no German name and purpose");
        }
    }

    /** The guidance names exactly the red flags a check-in accepts, each with the urgency the prompts act on. */
    @Test
    void redFlagGuidanceAgreesWithTheSharedVocabulary() {
        Map<String, Urgency> seeded = SEED.redFlags().stream().collect(Collectors.toMap(RedFlag::code, RedFlag::urgency));
        Map<String, Urgency> vocabulary = Stream.of(org.backhabit.events.vocabulary.RedFlag.values())
                .collect(Collectors.toMap(Enum::name, org.backhabit.events.vocabulary.RedFlag::urgency));
        assertEquals(vocabulary, seeded);
    }
}
