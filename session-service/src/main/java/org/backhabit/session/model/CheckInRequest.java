package org.backhabit.session.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

@Schema(description = "A pain check-in.")
public record CheckInRequest(
        @Schema(example = "2026-11-20T21:00:00+01:00") @NotNull OffsetDateTime at,
        @Schema(example = "Europe/Berlin") @NotBlank @Size(max = 64) @PlainText String timeZone,
        @Schema(example = "4") @NotNull @Min(0) @Max(10) Integer painLevel,
        @Size(max = 4) Set<@NotNull PainArea> areas,
        @Schema(description = "Warning signs; any of them raises an urgent prompt to seek care") @Size(max = 8) Set<@NotNull RedFlag> redFlags) {

    public enum PainArea { BETWEEN_SHOULDER_BLADES, NECK, SHOULDERS, MID_BACK }

    public enum RedFlag { NUMBNESS_OR_TINGLING, ARM_WEAKNESS, CHEST_PAIN, SHORTNESS_OF_BREATH, FEVER_OR_CHILLS, RECENT_INJURY, NIGHT_PAIN, WORSENING }
}
