package org.backhabit.progress.share;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

@Schema(description = "A share with a clinician: name the clinician's user id, or leave it out to get a one-time invite code to hand over.")
public record ShareRequest(
        @Schema(description = "The clinician's user id (sub); absent: an invite code is issued", example = "dr-meier", nullable = true)
        @Size(min = 1, max = 200) @Pattern(regexp = "^\\S+$", message = "must not contain spaces") String clinicianId,
        @Schema(description = "When the share ends; at most one year ahead", example = "2027-02-20T00:00:00+01:00") @NotNull OffsetDateTime expiresAt,
        @Schema(description = "What the clinician may see") @NotEmpty Set<@NotNull Scope> scope) {
}
