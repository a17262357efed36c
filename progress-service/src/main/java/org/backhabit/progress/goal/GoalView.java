package org.backhabit.progress.goal;

import org.backhabit.progress.domain.Goal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The goal as the API shows and takes it; {@link Goal#parse} checks it. */
@Schema(description = "The weekly goal: active days per week (1-7), counted in timeZone (an IANA region id or UTC), "
        + "weeks starting on weekStartsOn (MONDAY or SUNDAY).")
public record GoalView(
        @Schema(example = "3", minimum = "1", maximum = "7", required = true) Integer sessionsPerWeek,
        @Schema(example = "Europe/Berlin", required = true) String timeZone,
        @Schema(example = "MONDAY", enumeration = {"MONDAY", "SUNDAY"}, required = true) String weekStartsOn) {

    public static GoalView of(Goal goal) {
        return new GoalView(goal.sessionsPerWeek(), goal.timeZone().getId(), goal.weekStartsOn().name());
    }
}
