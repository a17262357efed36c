package org.backhabit.progress.projection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "State of the projection rebuild.")
public record RebuildStatus(
        @Schema(enumeration = {"NEVER_RUN", "RUNNING", "IDLE"}) String state,
        @Schema(description = "The generation reads use") int activeGeneration,
        @Schema(description = "The generation being rebuilt, while RUNNING", nullable = true) Integer rebuildGeneration,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Events replayed so far (RUNNING) or in the last rebuild") long events,
        @Schema(description = "Events applied per second in the last rebuild", nullable = true) Long eventsPerSecond) {
}
