package org.backhabit.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.catalog.CatalogLookup;
import org.backhabit.session.catalog.ExerciseInfo;
import org.backhabit.session.catalog.RoutineInfo;
import org.backhabit.session.model.ExerciseEntry;
import org.backhabit.session.model.SessionRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a session's slugs against the catalog and derives its kind: the routine's kind, or for
 * an ad-hoc session STRENGTH if any exercise is a strength exercise, else MOBILITY.
 */
@ApplicationScoped
public class SessionContentResolver {

    @Inject
    CatalogLookup catalog;

    public ResolvedContent resolve(SessionRequest request) {
        List<ExerciseEntry> entries = request.exercisesOrEmpty();
        if (request.routineSlug() == null && entries.isEmpty()) {
            throw new ProblemException(Problem.validation("Say what was done.",
                    List.of(new Problem.Violation("routineSlug", "give a routineSlug, exercises, or both"))));
        }
        List<Problem.Violation> unknown = new ArrayList<>();
        Optional<RoutineInfo> routine = Optional.empty();
        if (request.routineSlug() != null) {
            routine = catalog.routine(request.routineSlug());
            if (routine.isEmpty()) {
                unknown.add(new Problem.Violation("routineSlug", "no routine '" + request.routineSlug() + "' in the catalog"));
            }
        }
        // Each distinct slug is asked once, however often the request repeats it.
        Map<String, Optional<ExerciseInfo>> answers = new HashMap<>();
        boolean anyStrength = false;
        for (int i = 0; i < entries.size(); i++) {
            String slug = entries.get(i).exerciseSlug();
            Optional<ExerciseInfo> exercise = answers.computeIfAbsent(slug, catalog::exercise);
            if (exercise.isEmpty()) {
                unknown.add(new Problem.Violation("exercises[" + i + "].exerciseSlug", "no exercise '" + slug + "' in the catalog"));
            } else {
                anyStrength |= exercise.get().isStrength();
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.validation("The session refers to something the catalog does not have.", unknown)
                    .withStatus(422, "Unprocessable Content"));
        }
        List<String> slugs = entries.isEmpty()
                ? routine.orElseThrow().exerciseSlugs()
                : entries.stream().map(ExerciseEntry::exerciseSlug).distinct().toList();
        String kind = routine.map(RoutineInfo::kind).orElse((anyStrength ? RoutineKind.STRENGTH : RoutineKind.MOBILITY).name());
        return new ResolvedContent(kind, slugs);
    }
}
