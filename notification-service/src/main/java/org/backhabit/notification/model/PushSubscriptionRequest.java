package org.backhabit.notification.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.backhabit.problem.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A browser PushSubscription as its toJSON() gives it.")
public record PushSubscriptionRequest(
        @Schema(example = "https://fcm.googleapis.com/fcm/send/abc...") @NotBlank @Size(max = 2000) @PlainText String endpoint,
        @Schema(description = "Milliseconds since the epoch, or null") Long expirationTime,
        @NotNull @Valid Keys keys) {

    public record Keys(
            @Schema(description = "The subscription's P-256 public key, base64url") @NotBlank @Size(max = 200) @PlainText String p256dh,
            @Schema(description = "The 16-byte authentication secret, base64url") @NotBlank @Size(max = 100) @PlainText String auth) {
    }
}
