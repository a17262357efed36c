package org.backhabit.notification.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(description = "Quiet hours (only URGENT prompts go out during them; the rest waits for their end) and prompt types not to send.")
public record Preferences(
        @Schema(nullable = true, description = "Null for none") @Valid QuietHoursView quietHours,
        @Schema(example = "[\"ADD_STRENGTH\"]") @Size(max = 20) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,40}", message = "must be a prompt type") String> optOut,
        @Schema(nullable = true, description = "IANA zone of the quiet hours; the reminder's zone, else UTC, when absent", example = "Europe/Berlin")
        @Size(max = 64) @PlainText String timeZone) {

    public record QuietHoursView(
            @Schema(example = "22:00") @NotBlank @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time like 22:00") String from,
            @Schema(example = "07:00") @NotBlank @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time like 07:00") String to) {
    }
}
