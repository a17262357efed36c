package org.backhabit.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code checkin.recorded.v1}: a pain reading, the sore areas and any red flags reported. */
public record CheckInData(
        int schemaVersion,
        UUID checkInId,
        String userId,
        OffsetDateTime at,
        String timeZone,
        LocalDate localDate,
        int painLevel,
        List<String> areas,
        List<String> redFlags) {

    public static final int SCHEMA_VERSION = 1;
}
