package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "The state of an erasure: DONE once every service that keeps data about people has confirmed it.")
public record ErasureView(
        UUID id,
        String userId,
        @Schema(description = "SELF for DELETE /me, ADMIN for the admin variant") String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(description = "IN_PROGRESS or DONE") String state,
        @Schema(description = "Services that confirmed, with when") List<Confirmation> confirmed,
        @Schema(description = "Services still to confirm") List<String> awaiting) {

    public record Confirmation(String service, OffsetDateTime erasedAt) {
    }
}
