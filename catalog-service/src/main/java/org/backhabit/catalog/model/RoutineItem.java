package org.backhabit.catalog.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.backhabit.problem.Slug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One step of a routine: an exercise and the dosage used in this routine. Written without a dosage, "
        + "an item takes the exercise's own, and reads show that one.")
public record RoutineItem(
        @Schema(example = "1") @Min(1) int order,
        @Schema(example = "shoulder-rolls") @NotBlank @Slug String exerciseSlug,
        @Schema(nullable = true, description = "Omit to use the exercise's own dosage") @Valid Dosage dosage,
        @Schema(description = "The exercise itself; filled in by GET /routines/{slug}", nullable = true) Exercise exercise) {

    public RoutineItem withExercise(Exercise resolved) {
        return new RoutineItem(order, exerciseSlug, dosage, resolved);
    }

    /** This item with the exercise's own dosage when it has none. */
    public RoutineItem withDefaultDosage(Dosage exerciseDosage) {
        return dosage != null ? this : new RoutineItem(order, exerciseSlug, exerciseDosage, exercise);
    }
}
