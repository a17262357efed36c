package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void currentWeekMatchesTheApiExample() {
        UserHistory history = history(Goal.defaults(BERLIN), List.of(
                fact("2026-11-16", RoutineKind.STRENGTH, 15, 5, 3),
                fact("2026-11-18", RoutineKind.MOBILITY, 12, 4, 3)));

        DashboardFigures figures = DashboardCalculator.compute(history, FRIDAY, 12);

        assertEquals(new CurrentWeek(LocalDate.of(2026, 11, 16), 2, 2, 1, 27, 3, false, 1, 3, false),
                figures.currentWeek());
        assertEquals(FRIDAY, figures.today());
        assertEquals(Goal.defaults(BERLIN), figures.goal());
    }

    @Test
    void weeksAreTheRequestedNumberOldestFirstEndingWithTheCurrentWeekIncludingEmptyOnes() {
        UserHistory history = history(Goal.defaults(BERLIN), List.of(fact("2026-10-01", RoutineKind.STRENGTH, 10, null, null)));

        List<WeekSummary> weeks = DashboardCalculator.compute(history, FRIDAY, 12).weeks();

        assertEquals(12, weeks.size());
        assertEquals(LocalDate.of(2026, 8, 31), weeks.get(0).weekStart());
        assertEquals(LocalDate.of(2026, 11, 16), weeks.get(11).weekStart());
        assertEquals(1, weeks.get(4).sessions(), "the week of 2026-09-28");
        assertEquals(1, weeks.stream().mapToInt(WeekSummary::sessions).sum());
    }

    @Test
    void theStreakCoversAllHistoryNotJustTheWeeksShown() {
        List<SessionFact> facts = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            LocalDate monday = LocalDate.of(2026, 10, 5).plusWeeks(w);
            for (int d : new int[] {0, 2, 4}) {
                facts.add(fact(monday.plusDays(d).toString(), RoutineKind.STRENGTH, 10, null, null));
            }
        }
        DashboardFigures figures = DashboardCalculator.compute(history(Goal.defaults(BERLIN), facts), FRIDAY, 2);

        assertEquals(2, figures.weeks().size());
        assertEquals(new Streak(6, 6), figures.streak());
    }

    @Test
    void aGoalChangeRecomputesTheDashboardFromTheSameFacts() {
        List<SessionFact> facts = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            LocalDate monday = LocalDate.of(2026, 10, 26).plusWeeks(w);
            facts.add(fact(monday.toString(), RoutineKind.STRENGTH, 10, null, null));
            facts.add(fact(monday.plusDays(3).toString(), RoutineKind.STRENGTH, 10, null, null));
        }
        DashboardFigures three = DashboardCalculator.compute(history(Goal.defaults(BERLIN), facts), FRIDAY, 4);
        DashboardFigures two = DashboardCalculator.compute(history(new Goal(2, BERLIN, DayOfWeek.MONDAY), facts),
                FRIDAY, 4);

        assertEquals(new Streak(0, 0), three.streak());
        assertEquals(new Streak(3, 3), two.streak());
        assertEquals(List.of(false, false, false, false), three.weeks().stream().map(WeekSummary::goalMet).toList());
        assertEquals(List.of(true, true, true, false), two.weeks().stream().map(WeekSummary::goalMet).toList());
    }

    @Test
    void rolling7DaysCountsSessionsOfTheLastSevenLocalDays() {
        UserHistory history = history(Goal.defaults(BERLIN), List.of(
                fact("2026-11-13", RoutineKind.STRENGTH, 10, null, null),   // today-7: outside
                fact("2026-11-14", RoutineKind.STRENGTH, 10, null, null),
                fact("2026-11-20", RoutineKind.STRENGTH, 10, null, null),
                fact("2026-11-20", RoutineKind.MOBILITY, 10, null, null)));
        assertEquals(3, DashboardCalculator.compute(history, FRIDAY, 1).rolling7Days());
    }

    @Test
    void theScoreHistoryIsTheScoreAtTheEndOfEachShownWeek() {
        List<SessionFact> facts = new ArrayList<>();
        for (LocalDate day = FRIDAY.minusDays(60); !day.isAfter(FRIDAY); day = day.plusDays(2)) {
            facts.add(fact(day.toString(), RoutineKind.MOBILITY, 10, null, null));
        }
        List<Pause> pauses = List.of(new Pause(UUID.randomUUID(), FRIDAY.minusDays(30), FRIDAY.minusDays(24), "ILLNESS"));
        UserHistory history = new UserHistory(Goal.defaults(BERLIN), facts, List.of(), List.of(), pauses);

        DashboardFigures figures = DashboardCalculator.compute(history, FRIDAY, 12);

        for (ScorePoint point : figures.scoreHistory()) {
            assertEquals(ConsistencyScore.reported(ConsistencyScore.score(facts, history.goal(), pauses, point.date())), point.score(),
                    "as of " + point.date());
        }
        assertEquals(figures.weeks().stream().map(w -> w.weekStart().plusDays(6)).filter(d -> d.isBefore(FRIDAY)).toList(),
                figures.scoreHistory().stream().map(ScorePoint::date).filter(d -> d.isBefore(FRIDAY)).toList(), "each finished week's last day");
    }

    @Test
    void scorePainLastSessionAndPromptsAreIncluded() {
        List<SessionFact> facts = List.of(
                fact("2026-11-16", RoutineKind.STRENGTH, 15, 5, 3),
                fact("2026-11-18", RoutineKind.MOBILITY, 12, 4, 3));
        List<PainReading> checkIns = List.of(new PainReading(Instant.parse("2026-11-19T07:00:00Z"),
                LocalDate.of(2026, 11, 19), 3));
        List<RedFlagReport> redFlags = List.of(new RedFlagReport(Instant.parse("2026-11-19T07:00:00Z"),
                LocalDate.of(2026, 11, 19), Set.of(RedFlag.NIGHT_PAIN)));
        UserHistory history = new UserHistory(Goal.defaults(BERLIN), facts, checkIns, redFlags, List.of());

        DashboardFigures figures = DashboardCalculator.compute(history, FRIDAY, 12);

        assertEquals(ConsistencyScore.reported(ConsistencyScore.score(facts, history.goal(), List.of(), FRIDAY)),
                figures.consistencyScore());
        assertEquals(12, figures.scoreHistory().size(), "one point per listed week");
        assertEquals(new ScorePoint(FRIDAY, figures.consistencyScore()), figures.scoreHistory().get(11), "the current week ends today");
        assertEquals(new ScorePoint(LocalDate.of(2026, 11, 15), 0), figures.scoreHistory().get(10), "before the first session");
        assertEquals(new PainSummary(4.0, 4.0, 1.5, PainTrend.NOT_ENOUGH_DATA), figures.pain());
        assertEquals(Instant.parse("2026-11-18T17:00:00Z"), figures.lastSessionAt());
        assertEquals(List.of(PromptType.RED_FLAG), figures.prompts().stream().map(PromptCandidate::type).toList());
    }

    @Test
    void anEmptyHistoryGivesAnEmptyDashboard() {
        DashboardFigures figures = DashboardCalculator.compute(history(Goal.defaults(BERLIN), List.of()), FRIDAY, 3);

        assertEquals(3, figures.weeks().size());
        assertEquals(Streak.NONE, figures.streak());
        assertEquals(0, figures.consistencyScore());
        assertEquals(0, figures.rolling7Days());
        assertEquals(new PainSummary(null, null, null, PainTrend.NOT_ENOUGH_DATA), figures.pain());
        assertNull(figures.lastSessionAt());
    }

    @Test
    void todayComesFromTheClockInTheGoalsTimeZone() {
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin: a new week there.
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);

        DashboardFigures berlin = DashboardCalculator.compute(history(Goal.defaults(BERLIN), List.of()), clock, 1);
        DashboardFigures utc = DashboardCalculator.compute(history(Goal.defaults(ZoneId.of("UTC")), List.of()), clock, 1);

        assertEquals(LocalDate.of(2026, 11, 23), berlin.currentWeek().weekStart());
        assertEquals(7, berlin.currentWeek().daysLeft());
        assertEquals(LocalDate.of(2026, 11, 16), utc.currentWeek().weekStart());
        assertEquals(1, utc.currentWeek().daysLeft());
    }

    @Test
    void atLeastOneWeekMustBeRequested() {
        UserHistory history = history(Goal.defaults(BERLIN), List.of());
        assertThrows(IllegalArgumentException.class, () -> DashboardCalculator.compute(history, FRIDAY, 0));
    }

    private static UserHistory history(Goal goal, List<SessionFact> facts) {
        return new UserHistory(goal, facts, List.of(), List.of(), List.of());
    }

    private static SessionFact fact(String date, RoutineKind kind, int minutes, Integer before, Integer after) {
        LocalDate day = LocalDate.parse(date);
        return new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(), kind, minutes,
                before, after);
    }
}
