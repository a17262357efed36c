package org.backhabit.notification.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Everything this service holds about the caller: channels (webhook secrets and push keys left out: "
        + "they are credentials, not data about the person), preferences, the weekly reminder and every delivery.")
public record NotificationExport(String userId,
                                 @Schema(nullable = true, description = "Null when no address is set") EmailView email,
                                 List<WebhookView> webhooks,
                                 List<PushSubscriptionView> pushSubscriptions,
                                 Preferences preferences,
                                 @Schema(nullable = true, description = "Null when no reminder is set") ReminderView reminder,
                                 @Schema(description = "Newest first") List<DeliveryView> deliveries,
                                 Instant exportedAt) {
}
