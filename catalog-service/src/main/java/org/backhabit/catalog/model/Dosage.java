package org.backhabit.catalog.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of an exercise: rounds of reps or holds, or a duration (heat, massage, breathing). */
@Schema(description = "Sets of repetitions or holds, or a duration; at least one of reps, holdSeconds, durationSeconds.")
public record Dosage(
        @Schema(example = "2", nullable = true) @Min(1) @Max(5) Integer sets,
        @Schema(example = "12", nullable = true) @Min(1) @Max(30) Integer reps,
        @Schema(example = "30", nullable = true) @Min(5) @Max(120) Integer holdSeconds,
        @Schema(example = "900", nullable = true) @Min(10) @Max(1800) Integer durationSeconds,
        @Schema(description = "Done on each side in turn") boolean perSide) {
}
