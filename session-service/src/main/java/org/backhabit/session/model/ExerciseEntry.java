package org.backhabit.session.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.backhabit.problem.Slug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One exercise done in an ad-hoc session, with what was actually done.")
public record ExerciseEntry(
        @Schema(example = "wall-angels") @NotBlank @Slug String exerciseSlug,
        @Schema(example = "2", nullable = true) @Min(1) @Max(20) Integer sets,
        @Schema(example = "10", nullable = true) @Min(1) @Max(200) Integer reps,
        @Schema(example = "30", nullable = true) @Min(1) @Max(3600) Integer holdSeconds) {
}
