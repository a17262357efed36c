package org.backhabit.notification.model;

import org.backhabit.notification.repository.ChannelEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A stored push subscription; one the push service answers 404 or 410 for is removed.")
public record PushSubscriptionView(UUID id, String endpoint, boolean enabled, @Schema(nullable = true, description = "Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled") String disabledReason) {

    public static PushSubscriptionView of(ChannelEntity c) {
        return new PushSubscriptionView(c.id, c.target, c.enabled, c.disabledReason);
    }
}
