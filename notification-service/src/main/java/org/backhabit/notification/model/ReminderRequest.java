package org.backhabit.notification.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.Set;

@Schema(description = "A weekly reminder at a local time, skipped on days the person already exercised or is paused.")
public record ReminderRequest(
        @Schema(example = "[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]") @NotEmpty Set<@NotNull DayOfWeek> days,
        @Schema(example = "18:30") @NotBlank @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time like 18:30") String localTime,
        @Schema(example = "Europe/Berlin") @NotBlank @Size(max = 64) @PlainText String timeZone) {
}
