package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The figures from a bounded state (running figures stored per week, the weeks shown, the last 28
 * days) equal the figures folded from the whole history, for random histories, goals and pauses.
 */
class RunningFiguresTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @RepeatedTest(40)
    void aBoundedStateGivesTheFiguresOfTheWholeHistory(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Goal goal = new Goal(1 + random.nextInt(7), BERLIN, random.nextBoolean() ? DayOfWeek.MONDAY : DayOfWeek.SUNDAY);
        List<SessionFact> facts = new ArrayList<>();
        int days = 30 + random.nextInt(400);
        for (int i = 0; i < days; i++) {
            if (random.nextInt(10) < 4) {
                LocalDate day = TODAY.minusDays(days - i);
                facts.add(new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(),
                        random.nextBoolean() ? RoutineKind.STRENGTH : RoutineKind.MOBILITY, 5 + random.nextInt(20),
                        random.nextInt(11), random.nextInt(11)));
            }
        }
        List<Pause> pauses = new ArrayList<>();
        for (LocalDate from = TODAY.minusDays(days); from.isBefore(TODAY); from = from.plusDays(30 + random.nextInt(60))) {
            pauses.add(new Pause(UUID.randomUUID(), from, from.plusDays(random.nextInt(14)), "TRAVEL"));
        }
        UserHistory history = new UserHistory(goal, facts, List.of(), List.of(), pauses);
        int weeks = 1 + random.nextInt(20);

        DashboardFigures whole = DashboardCalculator.compute(history, TODAY, weeks);
        DashboardFigures bounded = DashboardCalculator.compute(bounded(history, weeks), TODAY, weeks);

        assertEquals(whole, bounded);
    }

    /** What the projection would hand a reader: rows with running figures, only the recent part of the facts. */
    private static ProgressState bounded(UserHistory history, int weeksShown) {
        ProgressState all = ProgressState.of(history);
        Goal goal = history.goal();
        LocalDate currentWeek = WeekCalendar.weekStart(TODAY, goal.weekStartsOn());
        LocalDate first = all.firstWeek();
        Map<LocalDate, RunningFigures> stored = new HashMap<>();
        RunningFigures running = RunningFigures.before(first);
        while (running.weekStart().isBefore(currentWeek.minusWeeks(1))) {
            running = running.next(all.weeks(), goal, history.pauses());
            stored.put(running.weekStart(), running);
        }
        RunningFigures lastFinished = stored.get(currentWeek.minusWeeks(1));
        LocalDate keepFrom = currentWeek.minusWeeks(Math.max(weeksShown - 1L, 3));
        Map<LocalDate, WeekActivity> kept = new HashMap<>();
        all.weeks().forEach((week, activity) -> {
            if (!week.isBefore(keepFrom)) {
                kept.put(week, activity);
            }
        });
        LocalDate since = TODAY.minusDays(27);
        List<SessionFact> recent = history.facts().stream().filter(f -> !f.localDate().isBefore(since)).toList();
        Map<LocalDate, Double> storedScores = new HashMap<>();
        stored.forEach((week, figures) -> {
            if (!week.isBefore(keepFrom)) {
                storedScores.put(week, figures.score());
            }
        });
        return new ProgressState(goal, history.pauses(), lastFinished, storedScores, kept, recent, List.of(), List.of(), all.lastSession());
    }
}
