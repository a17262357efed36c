package org.backhabit.catalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.problem.PlainText;
import org.backhabit.problem.Slug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A short sequence of exercises done as one session.")
public record Routine(
        @Schema(example = "posture-strength") @NotBlank @Slug String slug,
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Size(max = 500) @PlainText String purpose,
        @NotNull RoutineKind kind,
        @Schema(example = "15") @Min(1) @Max(90) int estimatedMinutes,
        @Schema(example = "3") @Min(1) @Max(7) int recommendedPerWeek,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid RoutineItem> items) {

    public Routine withItems(List<RoutineItem> resolved) {
        return new Routine(slug, name, purpose, kind, estimatedMinutes, recommendedPerWeek, resolved);
    }

    public Routine translated(RoutineText text) {
        return new Routine(slug, text.name(), text.purpose(), kind, estimatedMinutes, recommendedPerWeek, items);
    }
}
