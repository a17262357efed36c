package org.backhabit.session.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.events.vocabulary.BodyArea;
import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

@Schema(description = "A pain check-in.")
public record CheckInRequest(
        @Schema(example = "2026-11-20T21:00:00+01:00") @NotNull OffsetDateTime at,
        @Schema(example = "Europe/Berlin") @NotBlank @Size(max = 64) @PlainText String timeZone,
        @Schema(example = "4") @NotNull @Min(0) @Max(10) Integer painLevel,
        @Schema(description = "Where it hurts") Set<@NotNull BodyArea> areas,
        @Schema(description = "Warning signs, the codes of the catalog's red-flag guidance; each raises an urgent prompt to seek care")
        Set<@NotNull RedFlag> redFlags) {
}
