package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Pain averages and trend by local date. The trend needs at least 3 readings on each side, so
 * one bad or good day cannot make it swing.
 */
public final class PainAnalysis {

    /** Readings needed in each window before a trend is shown. */
    public static final int MIN_READINGS_FOR_TREND = 3;
    /** The difference of means that counts as a real change, in pain points. */
    public static final double TREND_THRESHOLD = 1.0;
    /** Tolerance so that e.g. 10/3 - 13/3 counts as exactly -1.0. */
    private static final double EPSILON = 1e-9;

    private PainAnalysis() {
    }

    /**
     * @param readings all pain readings: sessions' painBefore and check-ins' painLevel
     * @param facts    the sessions, for the relief per session
     * @param today    today's local date; the last 7 days are [today-6, today], the last 28 days
     *                 [today-27, today], the 21 days before the last 7 are [today-27, today-7]
     */
    public static PainSummary summarize(List<PainReading> readings, List<SessionFact> facts, LocalDate today) {
        List<Integer> last7 = levelsBetween(readings, today.minusDays(6), today);
        List<Integer> last28 = levelsBetween(readings, today.minusDays(27), today);
        List<Integer> before = levelsBetween(readings, today.minusDays(27), today.minusDays(7));
        List<Integer> relief = facts.stream()
                .filter(f -> f.hasPainChange() && WeekCalendar.within(f.localDate(), today.minusDays(27), today))
                .map(f -> f.painBefore() - f.painAfter())
                .toList();
        return new PainSummary(Rounding.meanOneDecimal(last7), Rounding.meanOneDecimal(last28),
                Rounding.meanOneDecimal(relief), trend(last7, before));
    }

    /** The unrounded mean level of the readings whose local date lies in [from, to], or null. */
    public static Double averageBetween(List<PainReading> readings, LocalDate from, LocalDate to) {
        return Rounding.mean(levelsBetween(readings, from, to));
    }

    private static PainTrend trend(List<Integer> recent, List<Integer> before) {
        if (recent.size() < MIN_READINGS_FOR_TREND || before.size() < MIN_READINGS_FOR_TREND) {
            return PainTrend.NOT_ENOUGH_DATA;
        }
        double change = Rounding.mean(recent) - Rounding.mean(before);
        if (change <= -TREND_THRESHOLD + EPSILON) {
            return PainTrend.IMPROVING;
        }
        if (change >= TREND_THRESHOLD - EPSILON) {
            return PainTrend.WORSENING;
        }
        return PainTrend.STEADY;
    }

    private static List<Integer> levelsBetween(List<PainReading> readings, LocalDate from, LocalDate to) {
        return readings.stream()
                .filter(r -> WeekCalendar.within(r.localDate(), from, to))
                .map(PainReading::level)
                .toList();
    }
}
