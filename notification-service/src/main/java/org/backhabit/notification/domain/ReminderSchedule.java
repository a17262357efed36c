package org.backhabit.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly reminder at a local time in the person's zone. Each selected local day has exactly one
 * occurrence: a time that does not exist that day (the clocks jump over it) moves to the first
 * valid minute after the jump; a time that exists twice (the clocks fall back) fires at its first
 * instance only.
 */
public record ReminderSchedule(Set<DayOfWeek> days, LocalTime localTime, ZoneId zone) {

    public ReminderSchedule {
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(zone, "zone");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a reminder needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        localTime = localTime.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The first occurrence strictly after {@code after}. */
    public ReminderOccurrence nextAfter(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < 9; i++, day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                Instant at = occurrenceOn(day);
                if (at.isAfter(after)) {
                    return new ReminderOccurrence(day, at);
                }
            }
        }
        throw new IllegalStateException("no occurrence within a week: " + this);
    }

    /** When the reminder fires on {@code day}, whether or not that day is selected. */
    public Instant occurrenceOn(LocalDate day) {
        LocalDateTime local = LocalDateTime.of(day, localTime);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            // The wall clock skips this time: the next valid minute is the end of the gap.
            return transition.getInstant();
        }
        // In an overlap the earlier offset wins, so a repeated hour fires once.
        return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }
}
