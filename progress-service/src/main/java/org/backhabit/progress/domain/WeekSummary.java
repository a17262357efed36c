package org.backhabit.progress.domain;

import java.time.LocalDate;

/**
 * The figures of one calendar week.
 *
 * @param sessions         sessions whose local date falls in the week
 * @param activeDays       distinct local dates with at least one session; what the goal counts
 * @param goalMet          activeDays &gt;= the goal's sessionsPerWeek (also reported for paused weeks;
 *                         the streak ignores paused weeks either way)
 * @param paused           pauses cover at least 4 of the week's days
 * @param avgPainBefore    mean painBefore of the week's sessions, one decimal, null when none reported
 * @param avgPainAfter     mean painAfter of the week's sessions, one decimal, null when none reported
 */
public record WeekSummary(LocalDate weekStart, int sessions, int activeDays, int strengthSessions, int minutes,
                          boolean goalMet, boolean paused, Double avgPainBefore, Double avgPainAfter) {
}
