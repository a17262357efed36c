package org.backhabit.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WeekCalendarTest {

    private static final LocalDate MON_16 = LocalDate.of(2026, 11, 16);

    @Test
    void weekStartIsTheLatestStartDayOnOrBeforeTheDate() {
        LocalDate sunday22 = LocalDate.of(2026, 11, 22);
        assertEquals(MON_16, WeekCalendar.weekStart(sunday22, DayOfWeek.MONDAY));
        assertEquals(sunday22, WeekCalendar.weekStart(sunday22, DayOfWeek.SUNDAY));
        assertEquals(MON_16, WeekCalendar.weekStart(MON_16, DayOfWeek.MONDAY));
        assertEquals(LocalDate.of(2026, 11, 15), WeekCalendar.weekStart(MON_16, DayOfWeek.SUNDAY));
        assertEquals(LocalDate.of(2026, 11, 22), WeekCalendar.weekEnd(MON_16));
    }

    @Test
    void todayIsReadInTheGivenZoneFromTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 11, 21), WeekCalendar.today(clock, ZoneId.of("Europe/Berlin")));
        assertEquals(LocalDate.of(2026, 11, 20), WeekCalendar.today(clock, ZoneId.of("America/New_York")));
    }

    @Test
    void aWeekIsPausedFromFourCoveredDaysOn() {
        assertTrue(WeekCalendar.isPaused(MON_16, List.of(pause("2026-11-16", "2026-11-19"))));
        assertFalse(WeekCalendar.isPaused(MON_16, List.of(pause("2026-11-16", "2026-11-18"))));
        assertFalse(WeekCalendar.isPaused(MON_16, List.of()));
    }

    @Test
    void aPauseFromThursdayToNextWednesdayPausesOnlyTheFirstWeek() {
        List<Pause> pauses = List.of(pause("2026-11-19", "2026-11-25")); // Thu..Wed
        assertTrue(WeekCalendar.isPaused(MON_16, pauses), "Thu-Sun is 4 days of the first week");
        assertFalse(WeekCalendar.isPaused(MON_16.plusWeeks(1), pauses), "Mon-Wed is 3 days of the second");
    }

    @Test
    void severalPausesAddUpButOverlappingDaysCountOnce() {
        assertTrue(WeekCalendar.isPaused(MON_16,
                List.of(pause("2026-11-16", "2026-11-17"), pause("2026-11-21", "2026-11-22"))), "2 + 2 days");
        assertFalse(WeekCalendar.isPaused(MON_16,
                List.of(pause("2026-11-16", "2026-11-18"), pause("2026-11-17", "2026-11-18"))),
                "overlapping pauses cover only 3 distinct days");
    }

    @Test
    void aPausedDayIsAnyDayInsideAPauseBothEndsIncluded() {
        List<Pause> pauses = List.of(pause("2026-11-19", "2026-11-21"));
        assertFalse(WeekCalendar.isPausedDay(LocalDate.of(2026, 11, 18), pauses));
        assertTrue(WeekCalendar.isPausedDay(LocalDate.of(2026, 11, 19), pauses));
        assertTrue(WeekCalendar.isPausedDay(LocalDate.of(2026, 11, 21), pauses));
        assertFalse(WeekCalendar.isPausedDay(LocalDate.of(2026, 11, 22), pauses));
    }

    private static Pause pause(String from, String to) {
        return new Pause(UUID.randomUUID(), LocalDate.parse(from), LocalDate.parse(to), "TRAVEL");
    }
}
