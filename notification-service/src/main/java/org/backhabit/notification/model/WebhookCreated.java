package org.backhabit.notification.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A new webhook endpoint. The secret is shown only in this answer.")
public record WebhookCreated(UUID id, String url, @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
