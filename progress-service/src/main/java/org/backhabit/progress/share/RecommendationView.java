package org.backhabit.progress.share;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A clinician's recommendation. state: PENDING, ACCEPTED (the goal was set to sessionsPerWeek) or IGNORED.")
public record RecommendationView(UUID id, String clinicianId, String routineSlug, Integer sessionsPerWeek, String message, String state,
                                 OffsetDateTime createdAt, OffsetDateTime decidedAt) {
}
