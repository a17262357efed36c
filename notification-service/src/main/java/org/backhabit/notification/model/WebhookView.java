package org.backhabit.notification.model;

import org.backhabit.notification.repository.ChannelEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A webhook endpoint (never its secret); disabledReason says why it stopped.")
public record WebhookView(UUID id, String url, boolean enabled, @Schema(nullable = true, description = "Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled") String disabledReason, Instant createdAt) {

    public static WebhookView of(ChannelEntity c) {
        return new WebhookView(c.id, c.target, c.enabled, c.disabledReason, c.createdAt);
    }
}
