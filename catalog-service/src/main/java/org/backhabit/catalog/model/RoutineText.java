package org.backhabit.catalog.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A routine's name and purpose in one language.")
public record RoutineText(
        @Schema(example = "Kraft für eine gute Haltung") @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Size(max = 500) @PlainText String purpose) {
}
