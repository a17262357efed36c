package org.backhabit.notification.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook endpoint. Requests to it are signed per Standard Webhooks.")
public record WebhookRequest(
        @Schema(example = "https://hooks.example.org/backhabit") @NotBlank @Size(max = 2000) @PlainText String url,
        @Schema(description = "Optional own signing secret, whsec_ followed by base64 of 24 to 64 bytes; generated when absent")
        @Size(max = 200) @Pattern(regexp = "whsec_[A-Za-z0-9+/]+={0,2}", message = "must be whsec_ followed by base64") String secret) {
}
