package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PainAnalysisTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void averagesUseLocalDateWindowsOfSevenAndTwentyEightDaysRoundedToOneDecimal() {
        List<PainReading> readings = List.of(
                reading(0, 3), reading(6, 4), reading(3, 4),   // last 7 days: 11/3 = 3.67
                reading(7, 8),                                 // day 8: only in the 28-day window
                reading(27, 6),                                // first day of the 28-day window
                reading(28, 10),                               // outside both windows
                reading(-1, 10));                              // tomorrow (another zone): outside both

        PainSummary pain = PainAnalysis.summarize(readings, List.of(), TODAY);

        assertEquals(3.7, pain.last7DaysAvg());
        assertEquals(5.0, pain.last28DaysAvg()); // (3 + 4 + 4 + 8 + 6) / 5
    }

    @Test
    void averagesAreNullWithoutReadings() {
        PainSummary pain = PainAnalysis.summarize(List.of(reading(28, 5)), List.of(), TODAY);
        assertEquals(new PainSummary(null, null, null, PainTrend.NOT_ENOUGH_DATA), pain);
    }

    @Test
    void reliefIsTheMeanDropOverTheLast28DaysSessionsThatReportedBoth() {
        List<SessionFact> facts = List.of(
                session(0, 5, 3),       // 2
                session(10, 6, 5),      // 1
                session(27, 4, 5),      // -1: a session can make it worse
                session(3, 5, null),    // no painAfter: ignored
                session(2, null, 2),    // no painBefore: ignored
                session(28, 9, 0));     // outside the window
        PainSummary pain = PainAnalysis.summarize(PainReading.fromSessions(facts), facts, TODAY);

        assertEquals(0.7, pain.avgReliefPerSession()); // 2/3 = 0.67
        assertEquals(5.0, pain.last28DaysAvg(), "sessions' painBefore are readings too: (5+6+4+5)/4");
    }

    @Test
    void reliefIsNullWithoutSessionsReportingBoth() {
        assertNull(PainAnalysis.summarize(List.of(), List.of(session(1, 5, null)), TODAY).avgReliefPerSession());
    }

    @Test
    void improvingWhenTheLastWeekIsAtLeastOnePointBelowTheThreeWeeksBefore() {
        assertEquals(PainTrend.IMPROVING, trend(new int[] {2, 2, 2}, new int[] {4, 3, 3}));
        assertEquals(PainTrend.IMPROVING, trend(new int[] {3, 3, 3}, new int[] {4, 4, 4}), "exactly -1.0");
        assertEquals(PainTrend.IMPROVING, trend(new int[] {3, 3, 4}, new int[] {4, 4, 5}),
                "10/3 - 13/3 is -1.0 despite floating point");
    }

    @Test
    void worseningWhenTheLastWeekIsAtLeastOnePointAbove() {
        assertEquals(PainTrend.WORSENING, trend(new int[] {5, 5, 5}, new int[] {4, 4, 4}), "exactly +1.0");
        assertEquals(PainTrend.WORSENING, trend(new int[] {7, 6, 8, 7}, new int[] {3, 4, 3}));
    }

    @Test
    void steadyInBetween() {
        assertEquals(PainTrend.STEADY, trend(new int[] {4, 4, 3}, new int[] {4, 4, 4}));
        assertEquals(PainTrend.STEADY, trend(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 4}, new int[] {4, 4, 4}), "-0.9");
        assertEquals(PainTrend.STEADY, trend(new int[] {5, 5, 4, 5, 5, 5, 5, 5, 5, 5}, new int[] {4, 4, 4}), "+0.9");
    }

    @Test
    void notEnoughDataWithFewerThanThreeReadingsInEitherWindow() {
        assertEquals(PainTrend.NOT_ENOUGH_DATA, trend(new int[] {1, 1}, new int[] {8, 8, 8, 8, 8}));
        assertEquals(PainTrend.NOT_ENOUGH_DATA, trend(new int[] {9, 9, 9, 9}, new int[] {2, 2}));
    }

    @Test
    void theDayBeforeTheLastWeekBelongsToTheWindowBefore() {
        // Readings on today-6..today-4 form the last week; today-7 and today-27 are the first and last
        // days of the 21 days before.
        List<PainReading> readings = List.of(reading(4, 2), reading(5, 2), reading(6, 2),
                reading(7, 5), reading(20, 5), reading(27, 5), reading(28, 0));
        assertEquals(PainTrend.IMPROVING, PainAnalysis.summarize(readings, List.of(), TODAY).trend());

        List<PainReading> shifted = List.of(reading(4, 2), reading(5, 2), reading(7, 2),
                reading(8, 5), reading(20, 5), reading(27, 5));
        assertEquals(PainTrend.NOT_ENOUGH_DATA, PainAnalysis.summarize(shifted, List.of(), TODAY).trend());
    }

    /** Trend of readings spread over the last 7 days ({@code recent}) and the 21 days before ({@code before}). */
    private static PainTrend trend(int[] recent, int[] before) {
        List<PainReading> readings = new ArrayList<>();
        for (int i = 0; i < recent.length; i++) {
            readings.add(reading(i % 7, recent[i]));
        }
        for (int i = 0; i < before.length; i++) {
            readings.add(reading(7 + i % 21, before[i]));
        }
        return PainAnalysis.summarize(readings, List.of(), TODAY).trend();
    }

    private static PainReading reading(int daysAgo, int level) {
        LocalDate day = TODAY.minusDays(daysAgo);
        return new PainReading(day.atTime(9, 0).atZone(BERLIN).toInstant(), day, level);
    }

    private static SessionFact session(int daysAgo, Integer before, Integer after) {
        LocalDate day = TODAY.minusDays(daysAgo);
        return new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(),
                RoutineKind.RELIEF, 10, before, after);
    }
}
