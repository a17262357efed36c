package org.backhabit.session.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CheckInView(UUID id, String userId, OffsetDateTime at, String timeZone, LocalDate localDate, int painLevel,
                          List<String> areas, List<String> redFlags, OffsetDateTime recordedAt) {
}
