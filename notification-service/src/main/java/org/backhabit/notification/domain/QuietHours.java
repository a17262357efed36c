package org.backhabit.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window in the person's zone during which only urgent messages go out, e.g. 22:00 to
 * 07:00 (a window may cross midnight). {@code from == to} means no quiet time at all.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** When the quiet time around {@code at} ends; {@code at} itself when it is not quiet. */
    public Instant endAfter(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate endDay = from.isBefore(to) || local.toLocalTime().isBefore(to)
                ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endDay, to, zone).toInstant();
    }
}
