package org.backhabit.notification.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "The reminder and its next occurrence.")
public record ReminderView(List<DayOfWeek> days, String localTime, String timeZone,
                           @Schema(description = "The local day of the next occurrence") LocalDate nextLocalDate,
                           @Schema(description = "When it is next due, in the reminder's zone") OffsetDateTime nextAt) {
}
