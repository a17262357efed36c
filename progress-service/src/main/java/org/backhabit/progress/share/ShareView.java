package org.backhabit.progress.share;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A share. state: PENDING (invite not redeemed yet), ACTIVE, EXPIRED or REVOKED.")
public record ShareView(UUID id, String patientId, String clinicianId,
                        @Schema(description = "Only while the invite is unredeemed") String inviteCode,
                        List<Scope> scope, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, String state) {
}
