package org.backhabit.progress.pause;

import jakarta.validation.constraints.NotNull;
import org.backhabit.problem.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A break from the goal, at most 14 days; weeks it covers for 4 days or more count neither for nor against the streak.")
public record PauseRequest(
        @Schema(example = "2026-11-23") @NotNull @PlausibleDate LocalDate from,
        @Schema(example = "2026-11-29") @NotNull @PlausibleDate LocalDate to,
        @Schema(example = "TRAVEL") @NotNull Reason reason) {

    public enum Reason { FLARE_UP, ILLNESS, TRAVEL, OTHER }
}
