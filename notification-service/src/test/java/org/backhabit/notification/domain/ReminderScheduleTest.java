package org.backhabit.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reminder occurrences in Berlin and New York across both DST changes of 2026, and weekday selection. */
class ReminderScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static List<ReminderOccurrence> occurrences(ReminderSchedule schedule, Instant from, int count) {
        List<ReminderOccurrence> out = new ArrayList<>();
        Instant now = from;
        for (int i = 0; i < count; i++) {
            ReminderOccurrence next = schedule.nextAfter(now);
            out.add(next);
            now = next.dueAt();
        }
        return out;
    }

    @Test
    void berlinSpringForwardMovesTheSkippedTimeToTheNextValidMinute() {
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
        ReminderSchedule schedule = new ReminderSchedule(EVERY_DAY, LocalTime.of(2, 30), BERLIN);
        List<ReminderOccurrence> days = occurrences(schedule, Instant.parse("2026-03-27T12:00:00Z"), 3);
        assertEquals(List.of(
                new ReminderOccurrence(LocalDate.of(2026, 3, 28), Instant.parse("2026-03-28T01:30:00Z")),   // 02:30 CET
                new ReminderOccurrence(LocalDate.of(2026, 3, 29), Instant.parse("2026-03-29T01:00:00Z")),   // 03:00 CEST
                new ReminderOccurrence(LocalDate.of(2026, 3, 30), Instant.parse("2026-03-30T00:30:00Z"))),  // 02:30 CEST
                days);
    }

    @Test
    void berlinFallBackFiresTheRepeatedTimeOnce() {
        // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
        ReminderSchedule schedule = new ReminderSchedule(EVERY_DAY, LocalTime.of(2, 30), BERLIN);
        List<ReminderOccurrence> days = occurrences(schedule, Instant.parse("2026-10-24T12:00:00Z"), 2);
        assertEquals(new ReminderOccurrence(LocalDate.of(2026, 10, 25), Instant.parse("2026-10-25T00:30:00Z")), days.get(0));
        assertEquals(LocalDate.of(2026, 10, 26), days.get(1).localDate(), "the second 02:30 of the 25th is not another occurrence");
        assertEquals(Instant.parse("2026-10-26T01:30:00Z"), days.get(1).dueAt());
    }

    @Test
    void newYorkSpringForwardMovesTheSkippedTimeToTheNextValidMinute() {
        // 2026-03-08: 02:00 EST jumps to 03:00 EDT.
        ReminderSchedule schedule = new ReminderSchedule(EVERY_DAY, LocalTime.of(2, 15), NEW_YORK);
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), schedule.occurrenceOn(LocalDate.of(2026, 3, 8)));   // 03:00 EDT
        assertEquals(Instant.parse("2026-03-07T07:15:00Z"), schedule.occurrenceOn(LocalDate.of(2026, 3, 7)));   // 02:15 EST
        assertEquals(Instant.parse("2026-03-09T06:15:00Z"), schedule.occurrenceOn(LocalDate.of(2026, 3, 9)));   // 02:15 EDT
    }

    @Test
    void newYorkFallBackFiresTheRepeatedTimeOnce() {
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
        ReminderSchedule schedule = new ReminderSchedule(EVERY_DAY, LocalTime.of(1, 30), NEW_YORK);
        List<ReminderOccurrence> days = occurrences(schedule, Instant.parse("2026-10-31T12:00:00Z"), 2);
        assertEquals(new ReminderOccurrence(LocalDate.of(2026, 11, 1), Instant.parse("2026-11-01T05:30:00Z")), days.get(0)); // 01:30 EDT
        assertEquals(new ReminderOccurrence(LocalDate.of(2026, 11, 2), Instant.parse("2026-11-02T06:30:00Z")), days.get(1)); // 01:30 EST
        // Asked from inside the repeated hour (after the first 01:30), the next one is the next day's.
        assertEquals(LocalDate.of(2026, 11, 2), schedule.nextAfter(Instant.parse("2026-11-01T06:15:00Z")).localDate());
    }

    @Test
    void anEveningReminderKeepsItsLocalTimeAcrossTheChange() {
        ReminderSchedule schedule = new ReminderSchedule(EVERY_DAY, LocalTime.of(18, 30), NEW_YORK);
        assertEquals(Instant.parse("2026-03-07T23:30:00Z"), schedule.occurrenceOn(LocalDate.of(2026, 3, 7)));
        assertEquals(Instant.parse("2026-03-08T22:30:00Z"), schedule.occurrenceOn(LocalDate.of(2026, 3, 8)));
    }

    @Test
    void onlyChosenWeekdaysFire() {
        ReminderSchedule schedule = new ReminderSchedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(7, 0), BERLIN);
        // Friday 2026-11-20 noon: next is Monday the 23rd, then Thursday the 26th, then Monday the 30th.
        List<LocalDate> days = occurrences(schedule, Instant.parse("2026-11-20T11:00:00Z"), 3).stream().map(ReminderOccurrence::localDate).toList();
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 30)), days);
    }

    @Test
    void aReminderOnTheSameDayLaterFiresTodayAndExactlyAtItsTimeIsNotAgain() {
        ReminderSchedule schedule = new ReminderSchedule(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(18, 30), BERLIN);
        Instant due = Instant.parse("2026-11-20T17:30:00Z");
        assertEquals(due, schedule.nextAfter(Instant.parse("2026-11-20T11:00:00Z")).dueAt());
        assertEquals(due.plusSeconds(7 * 86400), schedule.nextAfter(due).dueAt());
    }

    @Test
    void aReminderNeedsADay() {
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(Set.of(), LocalTime.NOON, BERLIN));
    }
}
