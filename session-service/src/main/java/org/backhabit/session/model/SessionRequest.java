package org.backhabit.session.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.backhabit.problem.Slug;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The body of {@code POST /sessions} and {@code PUT /sessions/{id}}. The user comes from the token, never from here. */
@Schema(description = "A completed routine (routineSlug) or an ad-hoc set of exercises (exercises), or both.")
public record SessionRequest(
        @Schema(example = "posture-strength", nullable = true) @Slug String routineSlug,
        @Schema(nullable = true) @Size(max = 50) List<@NotNull @Valid ExerciseEntry> exercises,
        @Schema(example = "2026-11-20T18:30:00+01:00", description = "At most 5 minutes in the future, at most 90 days ago") @NotNull OffsetDateTime completedAt,
        @Schema(example = "Europe/Berlin", description = "IANA time zone the user was in") @NotBlank @Size(max = 64) @PlainText String timeZone,
        @Schema(example = "14") @NotNull @Min(1) @Max(240) Integer durationMinutes,
        @Schema(example = "5") @Min(0) @Max(10) Integer painBefore,
        @Schema(example = "3") @Min(0) @Max(10) Integer painAfter,
        @Schema(example = "6") @Min(0) @Max(10) Integer effort,
        @Schema(example = "Felt looser afterwards") @Size(max = 2000) @PlainText(multiline = true) String notes) {

    public List<ExerciseEntry> exercisesOrEmpty() {
        return exercises == null ? List.of() : exercises;
    }
}
