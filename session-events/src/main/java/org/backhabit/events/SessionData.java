package org.backhabit.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code session.recorded.v1} and {@code session.corrected.v1}: everything progress needs
 * without calling anyone.
 *
 * @param revision 1 when recorded, +1 per correction; a consumer keeps the highest revision so a
 *                 correction that overtakes its recording still wins
 */
public record SessionData(
        int schemaVersion,
        UUID sessionId,
        String userId,
        int revision,
        String routineSlug,
        String kind,
        List<String> exerciseSlugs,
        OffsetDateTime completedAt,
        String timeZone,
        LocalDate localDate,
        int durationMinutes,
        Integer painBefore,
        Integer painAfter,
        Integer effort) {

    public static final int SCHEMA_VERSION = 1;
}
