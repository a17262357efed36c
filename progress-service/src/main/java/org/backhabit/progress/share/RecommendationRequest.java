package org.backhabit.progress.share;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A clinician's advice: a routine, a weekly goal, or both, with a note.")
public record RecommendationRequest(
        @Schema(example = "posture-strength", nullable = true) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a catalog slug") String routineSlug,
        @Schema(example = "3", nullable = true) @Min(1) @Max(7) Integer sessionsPerWeek,
        @Schema(example = "Three short strength sessions a week, warm up first.") @Size(max = 500) String message) {
}
