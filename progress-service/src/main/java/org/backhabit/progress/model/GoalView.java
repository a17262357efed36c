package org.backhabit.progress.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.backhabit.progress.domain.Goal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The weekly goal: active days per week, counted in timeZone, weeks starting on weekStartsOn.")
public record GoalView(
        @Schema(example = "3") @NotNull @Min(1) @Max(7) Integer sessionsPerWeek,
        @Schema(example = "Europe/Berlin") @NotBlank @Size(max = 64) @PlainText String timeZone,
        @Schema(example = "MONDAY", enumeration = {"MONDAY", "SUNDAY"}) @NotNull @Pattern(regexp = "MONDAY|SUNDAY", message = "must be MONDAY or SUNDAY") String weekStartsOn) {

    public static GoalView of(Goal goal) {
        return new GoalView(goal.sessionsPerWeek(), goal.timeZone().getId(), goal.weekStartsOn().name());
    }
}
