package org.backhabit.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.catalog.model.Category;
import org.backhabit.catalog.model.Dosage;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.ExerciseText;
import org.backhabit.catalog.model.Media;
import org.backhabit.catalog.model.MediaFiles;
import org.backhabit.catalog.model.RedFlagText;
import org.backhabit.catalog.model.RoutineText;
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.catalog.repository.ExerciseRepository;
import org.backhabit.catalog.repository.ExerciseRow;
import org.backhabit.catalog.repository.MediaFileRepository;
import org.backhabit.catalog.repository.RedFlagRepository;
import org.backhabit.catalog.repository.TranslationRepository;
import org.backhabit.catalog.repository.RoutineRepository;
import org.backhabit.catalog.repository.RoutineRow;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Administrator writes. Beyond Bean Validation of the documents: a slug in the path must match the
 * body, variants and routine items must name existing exercises (422), a strength routine must
 * start with a warm-up (422), listed media must have been uploaded (422), an exercise still used
 * by a routine or as a variant cannot be deleted (409); translations must match their exercise's
 * steps, cues and cautions one to one (422). Every write drops this instance's read snapshot.
 */
@ApplicationScoped
public class CatalogAdmin {

    @Inject
    ExerciseRepository exercises;
    @Inject
    RoutineRepository routines;
    @Inject
    RedFlagRepository redFlags;
    @Inject
    MediaFileRepository mediaFiles;
    @Inject
    TranslationRepository translations;
    @Inject
    CatalogLanguages languages;
    @Inject
    CatalogService catalog;
    @Inject
    Event<CatalogChanged> changed;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional
    public Exercise createExercise(Exercise exercise) {
        if (exercises.findByIdOptional(exercise.slug()).isPresent()) {
            throw ProblemException.conflict("An exercise '" + exercise.slug() + "' exists already; PUT replaces it.");
        }
        checkExercise(exercise);
        ExerciseRow row = new ExerciseRow();
        row.slug = exercise.slug();
        store(row, exercise);
        exercises.persist(row);
        changed.fire(new CatalogChanged());
        return exercise;
    }

    @Transactional
    public Exercise replaceExercise(String slug, Exercise exercise) {
        requireSameSlug(slug, exercise.slug());
        ExerciseRow row = exercises.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'."));
        checkExercise(exercise);
        store(row, exercise);
        changed.fire(new CatalogChanged());
        return exercise;
    }

    @Transactional
    public void deleteExercise(String slug) {
        ExerciseRow row = exercises.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'."));
        List<String> usedBy = exercises.routinesUsing(slug);
        if (!usedBy.isEmpty()) {
            throw ProblemException.conflict("Exercise '" + slug + "' is used by routine(s) " + String.join(", ", usedBy) + ".");
        }
        List<String> variantOf = catalog.snapshot().exercises().values().stream()
                .filter(e -> slug.equals(e.easierVariant()) || slug.equals(e.harderVariant()))
                .map(Exercise::slug).toList();
        if (!variantOf.isEmpty()) {
            throw ProblemException.conflict("Exercise '" + slug + "' is a variant of " + String.join(", ", variantOf) + ".");
        }
        exercises.delete(row);
        changed.fire(new CatalogChanged());
    }

    @Transactional
    public Routine createRoutine(Routine routine) {
        if (routines.findByIdOptional(routine.slug()).isPresent()) {
            throw ProblemException.conflict("A routine '" + routine.slug() + "' exists already; PUT replaces it.");
        }
        checkRoutine(routine);
        RoutineRow row = new RoutineRow();
        row.slug = routine.slug();
        store(row, routine);
        routines.persist(row);
        routines.flush();
        routines.linkExercises(routine.slug(), routine.items().stream().map(RoutineItem::exerciseSlug).distinct().toList());
        changed.fire(new CatalogChanged());
        return catalog.resolve(routine);
    }

    @Transactional
    public Routine replaceRoutine(String slug, Routine routine) {
        requireSameSlug(slug, routine.slug());
        RoutineRow row = routines.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("No routine '" + slug + "'."));
        checkRoutine(routine);
        store(row, routine);
        routines.linkExercises(slug, routine.items().stream().map(RoutineItem::exerciseSlug).distinct().toList());
        changed.fire(new CatalogChanged());
        return catalog.resolve(routine);
    }

    /** Adds or replaces an exercise's text in a language other than English. */
    @Transactional
    public ExerciseText translateExercise(String slug, String language, ExerciseText text) {
        String tag = languages.requireTranslatable(language);
        Exercise exercise = catalog.exercise(CatalogLanguages.ENGLISH, slug)
                .orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'."));
        List<Problem.Violation> violations = new ArrayList<>();
        sameCount("steps", text.steps(), exercise.steps(), violations);
        sameCount("cues", text.cues(), exercise.cues() == null ? List.of() : exercise.cues(), violations);
        sameCount("cautions", text.cautions(), exercise.cautions(), violations);
        List<String> urls = exercise.media().stream().map(Media::url).toList();
        text.altTexts().keySet().stream().filter(url -> !urls.contains(url)).sorted()
                .forEach(url -> violations.add(new Problem.Violation("altTexts", "the exercise has no media '" + url + "'")));
        if (!violations.isEmpty()) {
            throw unprocessable("The translation does not match the exercise.", violations);
        }
        return storeTranslation(TranslationRepository.Kind.EXERCISE, slug, tag, text);
    }

    @Transactional
    public RoutineText translateRoutine(String slug, String language, RoutineText text) {
        String tag = languages.requireTranslatable(language);
        routines.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("No routine '" + slug + "'."));
        return storeTranslation(TranslationRepository.Kind.ROUTINE, slug, tag, text);
    }

    @Transactional
    public RedFlagText translateRedFlag(String code, String language, RedFlagText text) {
        String tag = languages.requireTranslatable(language);
        redFlags.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("No red flag '" + code + "'."));
        return storeTranslation(TranslationRepository.Kind.RED_FLAG, code, tag, text);
    }

    private <T> T storeTranslation(TranslationRepository.Kind kind, String subject, String language, T text) {
        translations.put(kind, subject, language, write(text), clock.instant());
        changed.fire(new CatalogChanged());
        return text;
    }

    /** Steps, cues and cautions are read side by side with the English ones, so the counts match. */
    private static void sameCount(String field, List<String> translated, List<String> english, List<Problem.Violation> violations) {
        if (translated.size() != english.size()) {
            violations.add(new Problem.Violation(field, "the exercise has " + english.size() + " " + field + ", this has " + translated.size()));
        }
    }

    @Transactional
    public void deleteRoutine(String slug) {
        RoutineRow row = routines.findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("No routine '" + slug + "'."));
        routines.delete(row);
        changed.fire(new CatalogChanged());
    }

    private void checkExercise(Exercise exercise) {
        List<Problem.Violation> violations = new ArrayList<>();
        checkDosage("dosage", exercise.dosage(), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.validation("The exercise is not valid.", violations));
        }
        List<Problem.Violation> unknown = new ArrayList<>();
        variant("easierVariant", exercise.easierVariant(), exercise.slug(), unknown);
        variant("harderVariant", exercise.harderVariant(), exercise.slug(), unknown);
        for (int i = 0; i < exercise.media().size(); i++) {
            Media media = exercise.media().get(i);
            if (mediaFiles.findByIdOptional(MediaFiles.name(media.url())).isEmpty()) {
                unknown.add(new Problem.Violation("media[" + i + "].url", "no media file '" + media.url() + "'; upload it with PUT first"));
            }
        }
        if (!unknown.isEmpty()) {
            throw unprocessable("The exercise refers to exercises that do not exist.", unknown);
        }
    }

    private void variant(String field, String variant, String self, List<Problem.Violation> unknown) {
        if (variant == null) {
            return;
        }
        if (variant.equals(self)) {
            unknown.add(new Problem.Violation(field, "an exercise cannot be its own variant"));
        } else if (exercises.findByIdOptional(variant).isEmpty()) {
            unknown.add(new Problem.Violation(field, "no exercise '" + variant + "'"));
        }
    }

    private void checkRoutine(Routine routine) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<RoutineItem> items = routine.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).order() != i + 1) {
                violations.add(new Problem.Violation("items[" + i + "].order", "items must be numbered 1, 2, 3 ... in order"));
            }
            checkDosage("items[" + i + "].dosage", items.get(i).dosage(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.validation("The routine is not valid.", violations));
        }
        List<Problem.Violation> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (exercises.findByIdOptional(items.get(i).exerciseSlug()).isEmpty()) {
                unknown.add(new Problem.Violation("items[" + i + "].exerciseSlug", "no exercise '" + items.get(i).exerciseSlug() + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw unprocessable("The routine refers to exercises that do not exist.", unknown);
        }
        if (routine.kind() == RoutineKind.STRENGTH) {
            Category first = catalog.exercise(CatalogLanguages.ENGLISH, items.get(0).exerciseSlug()).map(Exercise::category).orElse(null);
            if (first != Category.WARM_UP) {
                throw unprocessable("A strength routine starts with a warm-up.",
                        List.of(new Problem.Violation("items[0].exerciseSlug", "must be a WARM_UP exercise in a STRENGTH routine")));
            }
        }
    }

    private static void checkDosage(String field, Dosage dosage, List<Problem.Violation> violations) {
        if (dosage != null && dosage.reps() == null && dosage.holdSeconds() == null && dosage.durationSeconds() == null) {
            violations.add(new Problem.Violation(field, "give reps, holdSeconds or durationSeconds"));
        }
    }

    private static void requireSameSlug(String path, String body) {
        if (!Objects.equals(path, body)) {
            throw ProblemException.badRequest("slug", "must equal the slug in the path ('" + path + "')");
        }
    }

    private static ProblemException unprocessable(String detail, List<Problem.Violation> violations) {
        return new ProblemException(Problem.validation(detail, violations).withStatus(422, "Unprocessable Content"));
    }

    private void store(ExerciseRow row, Exercise exercise) {
        row.body = write(exercise);
        row.updatedAt = clock.instant();
    }

    private void store(RoutineRow row, Routine routine) {
        row.body = write(routine.withItems(routine.items().stream().map(i -> i.withExercise(null)).toList()));
        row.updatedAt = clock.instant();
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
