package org.backhabit.progress.clinician;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invite code a person handed to the clinician.")
public record InviteRedemption(@Schema(example = "K7QX2M9PLT4W") @NotBlank @Size(max = 20) String code) {
}
