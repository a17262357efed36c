package org.backhabit.catalog.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A red flag's guidance in one language.")
public record RedFlagText(@NotBlank @Size(max = 1000) @PlainText String description) {
}
