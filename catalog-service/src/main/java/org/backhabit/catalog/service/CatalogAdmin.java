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
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineItem;
import org.backhabit.catalog.model.RoutineKind;
import org.backhabit.catalog.repository.ExerciseRepository;
import org.backhabit.catalog.repository.ExerciseRow;
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
 * start with a warm-up (422), an exercise still used by a routine or as a variant cannot be
 * deleted (409). Every write drops this instance's read snapshot.
 */
@ApplicationScoped
public class CatalogAdmin {

    @Inject
    ExerciseRepository exercises;
    @Inject
    RoutineRepository routines;
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
            Category first = catalog.exercise(items.get(0).exerciseSlug()).map(Exercise::category).orElse(null);
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
