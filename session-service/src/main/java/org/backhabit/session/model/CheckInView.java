package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A recorded pain check-in; localDate is the day of at in timeZone.")
public record CheckInView(UUID id, String userId, OffsetDateTime at, String timeZone, LocalDate localDate, int painLevel,
                          List<String> areas, List<String> redFlags, OffsetDateTime recordedAt) {
}
