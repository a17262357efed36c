package org.backhabit.notification.model;

import org.backhabit.notification.repository.DeliveryEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "One prompt or reminder to one channel.")
public record DeliveryView(UUID id, ChannelKind channel, NotificationKind kind, String subject, DeliveryStatus status,
                           int attempts, @Schema(nullable = true, description = "The last failure, null when none") String lastError, Instant createdAt,
                           @Schema(nullable = true, description = "Null until sent") Instant sentAt,
                           @Schema(nullable = true, description = "When the next attempt is due while PENDING (a retry, or the end of quiet hours)") Instant nextAttemptAt) {

    public static DeliveryView of(DeliveryEntity d) {
        return new DeliveryView(d.id, d.channelKind, d.notification.kind, d.notification.subject, d.status, d.attempts,
                d.lastError, d.createdAt, d.sentAt, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null);
    }
}
