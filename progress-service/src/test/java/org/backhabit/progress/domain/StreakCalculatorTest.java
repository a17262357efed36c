package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreakCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The first listed week; week i of a history starts i weeks later. */
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

    // Week codes: M = goal met, x = missed, P = paused (not met), Q = paused with goal met.
    // The last code is the current week; lower case m/x there means "met"/"not met yet".

    @Test
    void aMissedWeekBreaksTheStreakButNotTheLongest() {
        assertEquals(new Streak(2, 3), streakOf("MMMxMM", 'x'));
    }

    @Test
    void aPausedWeekKeepsTheStreakWithoutExtendingIt() {
        assertEquals(new Streak(3, 3), streakOf("MMPM", 'x'));
        assertEquals(new Streak(3, 3), streakOf("MMQM", 'x'), "a paused week with its goal met adds nothing");
    }

    @Test
    void theRunningWeekBreaksNothingWhileItsGoalIsNotMet() {
        assertEquals(new Streak(2, 2), streakOf("MM", 'x'));
    }

    @Test
    void theRunningWeekAddsOneOnceItsGoalIsMet() {
        assertEquals(new Streak(3, 3), streakOf("MM", 'm'));
    }

    @Test
    void aPausedRunningWeekNeitherAddsNorBreaks() {
        assertEquals(new Streak(2, 2), streakOf("MM", 'Q'));
        assertEquals(new Streak(2, 2), streakOf("MM", 'P'));
    }

    @Test
    void aMissedLastFinishedWeekLeavesOnlyTheRunningWeek() {
        assertEquals(new Streak(0, 2), streakOf("MMx", 'x'));
        assertEquals(new Streak(1, 2), streakOf("MMx", 'm'));
    }

    @Test
    void longestIsTakenOverAllHistorySkippingPausedWeeks() {
        assertEquals(new Streak(1, 4), streakOf("MPMMPMxMxM", 'x'));
        assertEquals(new Streak(5, 5), streakOf("xMMxMMMM", 'm'), "the current run can be the longest");
    }

    @Test
    void noHistoryMeansNoStreak() {
        assertEquals(Streak.NONE, StreakCalculator.streak(List.of(), FIRST));
        assertEquals(new Streak(0, 0), streakOf("", 'x'));
    }

    @Test
    void weeksMissingFromTheListCountAsMissedAndOrderDoesNotMatter() {
        List<WeekSummary> weeks = new ArrayList<>(history("MMMMM", 'x'));
        weeks.remove(2);
        Collections.reverse(weeks);
        assertEquals(new Streak(2, 2), StreakCalculator.streak(weeks, FIRST.plusWeeks(5)));

        List<WeekSummary> endingEarly = history("MMM", 'x').subList(0, 3);
        assertEquals(new Streak(0, 3), StreakCalculator.streak(endingEarly, FIRST.plusWeeks(5)),
                "finished weeks after the list's end were not met");
    }

    @Test
    void weeksAfterTheCurrentWeekAreIgnored() {
        List<WeekSummary> weeks = history("MMMM", 'x');
        assertEquals(new Streak(3, 3), StreakCalculator.streak(weeks, FIRST.plusWeeks(2)),
                "weeks 0-1 finished, week 2 running and met; weeks 3-4 lie ahead");
    }

    @Test
    void lastCountedWeekIsTheNewestWeekInTheCurrentRun() {
        assertEquals(Optional.of(FIRST.plusWeeks(3)),
                StreakCalculator.lastCountedWeek(history("MMPM", 'x'), FIRST.plusWeeks(4)));
        assertEquals(Optional.of(FIRST.plusWeeks(2)),
                StreakCalculator.lastCountedWeek(history("MM", 'm'), FIRST.plusWeeks(2)));
        assertEquals(Optional.empty(), StreakCalculator.lastCountedWeek(history("MMx", 'x'), FIRST.plusWeeks(3)));
    }

    @Test
    void aGoalChangeRecomputesTheStreakOfHistoryFromTheSameFacts() {
        // Two active days in each of three finished weeks; the current week has none yet.
        List<SessionFact> facts = facts("2026-11-02", "2026-11-04", "2026-11-09", "2026-11-10", "2026-11-16",
                "2026-11-20");
        LocalDate today = LocalDate.of(2026, 11, 25);

        assertEquals(new Streak(0, 0), fromFacts(facts, new Goal(3, BERLIN, DayOfWeek.MONDAY), today));
        assertEquals(new Streak(3, 3), fromFacts(facts, new Goal(2, BERLIN, DayOfWeek.MONDAY), today));
    }

    @Test
    void aWeekStartChangeRecomputesTheStreakOfHistoryFromTheSameFacts() {
        // Sat 7, Sun 8, Mon 9, Tue 10 November; today Wednesday 18th.
        List<SessionFact> facts = facts("2026-11-07", "2026-11-08", "2026-11-09", "2026-11-10");
        LocalDate today = LocalDate.of(2026, 11, 18);

        // Monday weeks: {Sat, Sun} and {Mon, Tue} both meet 2.
        assertEquals(new Streak(2, 2), fromFacts(facts, new Goal(2, BERLIN, DayOfWeek.MONDAY), today));
        // Sunday weeks: {Sat} misses, {Sun, Mon, Tue} meets.
        assertEquals(new Streak(1, 1), fromFacts(facts, new Goal(2, BERLIN, DayOfWeek.SUNDAY), today));
    }

    @Test
    void aPausedWeekFromFactsAndPausesKeepsTheStreak() {
        List<SessionFact> facts = facts("2026-11-02", "2026-11-03", "2026-11-16", "2026-11-17");
        List<Pause> pauses = List.of(new Pause(UUID.randomUUID(), LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 12), "TRAVEL"));
        Goal goal = new Goal(2, BERLIN, DayOfWeek.MONDAY);
        LocalDate today = LocalDate.of(2026, 11, 24);
        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, goal, pauses, LocalDate.of(2026, 11, 2), today);

        assertTrue(weeks.get(1).paused());
        assertEquals(new Streak(2, 2), StreakCalculator.streak(weeks, LocalDate.of(2026, 11, 23)));
        List<WeekSummary> unpaused = WeeklyConsistency.weeks(facts, goal, List.of(), LocalDate.of(2026, 11, 2), today);
        assertEquals(new Streak(1, 1), StreakCalculator.streak(unpaused, LocalDate.of(2026, 11, 23)),
                "without the pause the empty week breaks the run");
    }

    /** A history from codes for finished weeks plus the current week's code; the current week is last. */
    private static Streak streakOf(String finished, char current) {
        return StreakCalculator.streak(history(finished, current), FIRST.plusWeeks(finished.length()));
    }

    private static List<WeekSummary> history(String finished, char current) {
        List<WeekSummary> weeks = new ArrayList<>();
        String codes = finished + current;
        for (int i = 0; i < codes.length(); i++) {
            char c = Character.toUpperCase(codes.charAt(i));
            boolean met = c == 'M' || c == 'Q';
            boolean paused = c == 'P' || c == 'Q';
            weeks.add(new WeekSummary(FIRST.plusWeeks(i), met ? 3 : 0, met ? 3 : 0, 0, 0, met, paused, null, null));
        }
        return weeks;
    }

    private static Streak fromFacts(List<SessionFact> facts, Goal goal, LocalDate today) {
        LocalDate currentWeekStart = WeekCalendar.weekStart(today, goal.weekStartsOn());
        List<WeekSummary> weeks = WeeklyConsistency.weeks(facts, goal, List.of(), LocalDate.of(2026, 11, 1), today);
        return StreakCalculator.streak(weeks, currentWeekStart);
    }

    private static List<SessionFact> facts(String... dates) {
        List<SessionFact> facts = new ArrayList<>();
        for (String date : dates) {
            LocalDate day = LocalDate.parse(date);
            facts.add(new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(),
                    RoutineKind.MOBILITY, 10, null, null));
        }
        return facts;
    }
}
