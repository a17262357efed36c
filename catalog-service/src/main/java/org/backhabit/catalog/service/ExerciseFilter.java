package org.backhabit.catalog.service;

import org.backhabit.catalog.model.Category;
import org.backhabit.catalog.model.Equipment;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.Position;
import org.backhabit.catalog.model.TargetArea;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The combinable filters of {@code GET /exercises}; a null field does not filter. {@code q}
 * matches case-insensitively anywhere in the name or the steps.
 */
public record ExerciseFilter(Category category, Equipment equipment, TargetArea muscle, Position position,
                             Boolean deskFriendly, Integer maxMinutes, String q) implements Predicate<Exercise> {

    @Override
    public boolean test(Exercise e) {
        return (category == null || e.category() == category)
                && (equipment == null || e.equipment().contains(equipment))
                && (muscle == null || e.targetAreas().contains(muscle))
                && (position == null || e.positions().contains(position))
                && (deskFriendly == null || e.deskFriendly() == deskFriendly)
                && (maxMinutes == null || e.estimatedMinutes() <= maxMinutes)
                && (q == null || q.isBlank() || matchesText(e, q.trim().toLowerCase(Locale.ROOT)));
    }

    private static boolean matchesText(Exercise e, String needle) {
        return e.name().toLowerCase(Locale.ROOT).contains(needle)
                || e.steps().stream().anyMatch(step -> step.toLowerCase(Locale.ROOT).contains(needle));
    }
}
