package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WeeklyConsistencyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void berlinSpringForwardWeekGroupsByLocalDate() {
        // DST starts Sunday 2026-03-29 at 02:00 CET -> 03:00 CEST; the week Mon 23 - Sun 29 has 167 hours.
        Goal goal = new Goal(2, BERLIN, DayOfWeek.MONDAY);
        List<SessionFact> facts = List.of(
                at("2026-03-23T06:00:00Z", BERLIN),  // Mon 07:00 CET
                at("2026-03-29T00:30:00Z", BERLIN),  // Sun 01:30 CET, before the switch
                at("2026-03-29T01:30:00Z", BERLIN),  // Sun 03:30 CEST, after the switch
                at("2026-03-29T22:30:00Z", BERLIN)); // Mon 30th 00:30 CEST (23:30 with the winter offset)
        assertEquals(LocalDate.of(2026, 3, 30), facts.get(3).localDate());

        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, goal, List.of(),
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));

        assertWeek(weeks.get(0), "2026-03-23", 3, 2);
        assertTrue(weeks.get(0).goalMet());
        assertWeek(weeks.get(1), "2026-03-30", 1, 1);
    }

    @Test
    void berlinFallBackWeekGroupsByLocalDate() {
        // DST ends Sunday 2026-10-25 at 03:00 CEST -> 02:00 CET; 02:30 happens twice that night.
        Goal goal = new Goal(2, BERLIN, DayOfWeek.MONDAY);
        List<SessionFact> facts = List.of(
                at("2026-10-18T22:30:00Z", BERLIN),  // Mon 19th 00:30 CEST (Sun 23:30 with the winter offset)
                at("2026-10-25T00:30:00Z", BERLIN),  // Sun 02:30 CEST
                at("2026-10-25T01:30:00Z", BERLIN),  // Sun 02:30 CET, the repeated hour
                at("2026-10-25T22:30:00Z", BERLIN),  // Sun 23:30 CET (Mon 00:30 with the summer offset)
                at("2026-10-25T23:30:00Z", BERLIN)); // Mon 26th 00:30 CET

        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, goal, List.of(),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 26));

        assertWeek(weeks.get(0), "2026-10-12", 0, 0);
        assertWeek(weeks.get(1), "2026-10-19", 4, 2);
        assertWeek(weeks.get(2), "2026-10-26", 1, 1);
    }

    @Test
    void newYorkFallBackWeekWithSundayStartGroupsByLocalDate() {
        // DST ends Sunday 2026-11-01 at 02:00 EDT -> 01:00 EST, on the first day of a Sunday week.
        Goal goal = new Goal(2, NEW_YORK, DayOfWeek.SUNDAY);
        List<SessionFact> facts = List.of(
                at("2026-11-01T03:30:00Z", NEW_YORK),  // Sat Oct 31st 23:30 EDT
                at("2026-11-01T04:30:00Z", NEW_YORK),  // Sun 00:30 EDT (Sat 23:30 with the winter offset)
                at("2026-11-01T05:30:00Z", NEW_YORK),  // Sun 01:30 EDT
                at("2026-11-01T06:30:00Z", NEW_YORK),  // Sun 01:30 EST, the repeated hour
                at("2026-11-08T04:30:00Z", NEW_YORK),  // Sat 7th 23:30 EST (Sun 00:30 with the summer offset)
                at("2026-11-08T05:30:00Z", NEW_YORK)); // Sun 8th 00:30 EST

        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, goal, List.of(),
                LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 8));

        assertWeek(weeks.get(0), "2026-10-25", 1, 1);
        assertWeek(weeks.get(1), "2026-11-01", 4, 2);
        assertTrue(weeks.get(1).goalMet());
        assertWeek(weeks.get(2), "2026-11-08", 1, 1);
    }

    @Test
    void oneMinuteBeforeAndAfterMidnightOnTheWeekStartDayFallInDifferentWeeks() {
        Goal monday = new Goal(3, BERLIN, DayOfWeek.MONDAY);
        List<SessionFact> facts = List.of(
                local("2026-11-22T23:59", BERLIN),  // Sunday
                local("2026-11-23T00:01", BERLIN)); // Monday

        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, monday, List.of(),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

        assertWeek(weeks.get(0), "2026-11-16", 1, 1);
        assertWeek(weeks.get(1), "2026-11-23", 1, 1);
    }

    @Test
    void oneMinuteBeforeAndAfterMidnightOnASundayWeekStartFallInDifferentWeeks() {
        Goal sunday = new Goal(3, NEW_YORK, DayOfWeek.SUNDAY);
        List<SessionFact> facts = List.of(
                local("2026-11-21T23:59", NEW_YORK),  // Saturday
                local("2026-11-22T00:01", NEW_YORK)); // Sunday

        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, sunday, List.of(),
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22));

        assertWeek(weeks.get(0), "2026-11-15", 1, 1);
        assertWeek(weeks.get(1), "2026-11-22", 1, 1);
    }

    @Test
    void sundayAndMondayWeekStartsGroupTheSameFactsDifferently() {
        List<SessionFact> facts = List.of(onDay("2026-11-15"), onDay("2026-11-16"), onDay("2026-11-18"),
                onDay("2026-11-21"), onDay("2026-11-22"));

        List<WeekSummary> mondayWeeks = WeeklyConsistency.weeks(facts, new Goal(3, BERLIN, DayOfWeek.MONDAY),
                List.of(), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22));
        List<WeekSummary> sundayWeeks = WeeklyConsistency.weeks(facts, new Goal(3, BERLIN, DayOfWeek.SUNDAY),
                List.of(), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22));

        assertEquals(2, mondayWeeks.size());
        assertWeek(mondayWeeks.get(0), "2026-11-09", 1, 1);
        assertFalse(mondayWeeks.get(0).goalMet());
        assertWeek(mondayWeeks.get(1), "2026-11-16", 4, 4);
        assertTrue(mondayWeeks.get(1).goalMet());

        assertEquals(2, sundayWeeks.size());
        assertWeek(sundayWeeks.get(0), "2026-11-15", 4, 4);
        assertTrue(sundayWeeks.get(0).goalMet());
        assertWeek(sundayWeeks.get(1), "2026-11-22", 1, 1);
        assertFalse(sundayWeeks.get(1).goalMet());
    }

    @Test
    void theGoalCountsActiveDaysNotSessions() {
        List<SessionFact> facts = List.of(onDay("2026-11-16"), onDay("2026-11-16"), onDay("2026-11-16"),
                onDay("2026-11-17"));
        WeekSummary week = WeeklyConsistency.week(facts, new Goal(3, BERLIN, DayOfWeek.MONDAY), List.of(),
                LocalDate.of(2026, 11, 16));

        assertEquals(4, week.sessions());
        assertEquals(2, week.activeDays());
        assertFalse(week.goalMet());
    }

    @Test
    void aGoalChangeRecomputesGoalMetOfHistoryFromTheSameFacts() {
        List<SessionFact> facts = List.of(onDay("2026-11-02"), onDay("2026-11-04"), onDay("2026-11-09"),
                onDay("2026-11-10"));
        LocalDate from = LocalDate.of(2026, 11, 2);
        LocalDate to = LocalDate.of(2026, 11, 9);

        List<WeekSummary> three = WeeklyConsistency.weeks(facts, new Goal(3, BERLIN, DayOfWeek.MONDAY),
                List.of(), from, to);
        List<WeekSummary> two = WeeklyConsistency.weeks(facts, new Goal(2, BERLIN, DayOfWeek.MONDAY),
                List.of(), from, to);

        assertEquals(List.of(false, false), three.stream().map(WeekSummary::goalMet).toList());
        assertEquals(List.of(true, true), two.stream().map(WeekSummary::goalMet).toList());
    }

    @Test
    void aPauseSpanningTwoWeeksPausesOnlyTheWeekWithFourOfItsDays() {
        List<Pause> pauses = List.of(new Pause(UUID.randomUUID(), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 25), "FLARE_UP")); // Thu..Wed
        List<WeekSummary> weeks = WeeklyConsistency.weeks(List.of(), new Goal(3, BERLIN, DayOfWeek.MONDAY),
                pauses, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));

        assertTrue(weeks.get(0).paused());
        assertFalse(weeks.get(1).paused());
    }

    @Test
    void weeksListsEveryWeekOldestFirstIncludingEmptyOnesAndAcceptsAnyDayOfTheWeek() {
        List<SessionFact> facts = List.of(onDay("2026-11-03"), onDay("2026-11-26"));
        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, Goal.defaults(BERLIN), List.of(),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 27)); // a Wednesday and a Friday

        assertEquals(List.of("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"),
                weeks.stream().map(w -> w.weekStart().toString()).toList());
        assertEquals(List.of(1, 0, 0, 1), weeks.stream().map(WeekSummary::sessions).toList());
        assertTrue(WeeklyConsistency.weeks(facts, Goal.defaults(BERLIN), List.of(),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 2)).isEmpty());
    }

    @Test
    void weekFiguresSumMinutesCountStrengthAndAveragePainToOneDecimal() {
        List<SessionFact> facts = List.of(
                fact("2026-11-16", RoutineKind.STRENGTH, 15, 5, 3),
                fact("2026-11-18", RoutineKind.MOBILITY, 12, 4, 4),
                fact("2026-11-20", RoutineKind.STRENGTH, 14, 5, null),
                fact("2026-11-21", RoutineKind.RELIEF, 5, null, null),
                fact("2026-11-23", RoutineKind.STRENGTH, 30, 9, 9)); // next week
        WeekSummary week = WeeklyConsistency.week(facts, Goal.defaults(BERLIN), List.of(),
                LocalDate.of(2026, 11, 16));

        assertEquals(new WeekSummary(LocalDate.of(2026, 11, 16), 4, 4, 2, 46, true, false, 4.7, 3.5), week);
    }

    @Test
    void aWeekWithoutPainReportsHasNullAverages() {
        WeekSummary week = WeeklyConsistency.week(List.of(onDay("2026-11-16")), Goal.defaults(BERLIN), List.of(),
                LocalDate.of(2026, 11, 16));
        assertNull(week.avgPainBefore());
        assertNull(week.avgPainAfter());
    }

    @Test
    void currentWeekMatchesTheApiExample() {
        List<SessionFact> facts = List.of(
                fact("2026-11-16", RoutineKind.STRENGTH, 15, 5, 3),
                fact("2026-11-18", RoutineKind.MOBILITY, 12, 4, 3));
        CurrentWeek week = WeeklyConsistency.currentWeek(facts, Goal.defaults(BERLIN), List.of(),
                LocalDate.of(2026, 11, 20)); // Friday

        assertEquals(new CurrentWeek(LocalDate.of(2026, 11, 16), 2, 2, 1, 27, 3, false, 1, 3, false), week);
    }

    @Test
    void daysLeftCountsTodayAndTheRestOfTheWeek() {
        Goal goal = Goal.defaults(BERLIN);
        assertEquals(7, WeeklyConsistency.currentWeek(List.of(), goal, List.of(), LocalDate.of(2026, 11, 16)).daysLeft());
        assertEquals(1, WeeklyConsistency.currentWeek(List.of(), goal, List.of(), LocalDate.of(2026, 11, 22)).daysLeft());
        Goal sunday = new Goal(3, BERLIN, DayOfWeek.SUNDAY);
        assertEquals(7, WeeklyConsistency.currentWeek(List.of(), sunday, List.of(), LocalDate.of(2026, 11, 22)).daysLeft());
    }

    @Test
    void currentWeekRemainingNeverGoesBelowZeroAndReportsPause() {
        List<SessionFact> facts = List.of(onDay("2026-11-16"), onDay("2026-11-17"), onDay("2026-11-18"),
                onDay("2026-11-19"));
        List<Pause> pauses = List.of(new Pause(UUID.randomUUID(), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 22), "ILLNESS"));
        CurrentWeek week = WeeklyConsistency.currentWeek(facts, Goal.defaults(BERLIN), pauses,
                LocalDate.of(2026, 11, 19));

        assertEquals(0, week.remaining());
        assertTrue(week.goalMet());
        assertTrue(week.paused());
    }

    private static void assertWeek(WeekSummary week, String weekStart, int sessions, int activeDays) {
        assertEquals(LocalDate.parse(weekStart), week.weekStart());
        assertEquals(sessions, week.sessions(), "sessions of week " + weekStart);
        assertEquals(activeDays, week.activeDays(), "active days of week " + weekStart);
    }

    private static SessionFact at(String instant, ZoneId zone) {
        return SessionFact.completedIn(UUID.randomUUID(), Instant.parse(instant), zone, RoutineKind.MOBILITY, 10,
                null, null);
    }

    private static SessionFact local(String localDateTime, ZoneId zone) {
        return at(LocalDateTime.parse(localDateTime).atZone(zone).toInstant().toString(), zone);
    }

    private static SessionFact onDay(String date) {
        return fact(date, RoutineKind.MOBILITY, 10, null, null);
    }

    private static SessionFact fact(String date, RoutineKind kind, int minutes, Integer before, Integer after) {
        LocalDate day = LocalDate.parse(date);
        return new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(), kind, minutes,
                before, after);
    }
}
