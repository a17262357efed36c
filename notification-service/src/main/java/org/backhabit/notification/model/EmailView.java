package org.backhabit.notification.model;

import org.backhabit.notification.repository.ChannelEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The e-mail channel; disabledReason says why it stopped (unsubscribed, or failing for 24 h).")
public record EmailView(String address, boolean enabled, @Schema(nullable = true, description = "Why the channel stopped (unsubscribed, gone, failing for 24 h); null while enabled") String disabledReason) {

    public static EmailView of(ChannelEntity c) {
        return new EmailView(c.target, c.enabled, c.disabledReason);
    }
}
