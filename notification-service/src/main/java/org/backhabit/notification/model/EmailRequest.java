package org.backhabit.notification.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The address prompts and reminders are mailed to.")
public record EmailRequest(@Schema(example = "alex@example.org") @NotBlank @Email @Size(max = 254) String address) {
}
