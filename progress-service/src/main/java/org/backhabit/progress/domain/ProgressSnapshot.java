package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the prompt rules look at, computed for one moment ({@link DashboardCalculator#snapshot}
 * builds it from a {@link UserHistory}).
 *
 * @param facts          the sessions of at least the last 28 days
 * @param readings       pain readings (sessions' painBefore and check-ins' painLevel) of at least the last 28 days
 * @param streakLastWeek the most recent week counted in {@code streak.currentWeeks()}, null when the
 *                       streak is 0; tells when a milestone was reached
 * @param lastSessionDate the local date of the latest session, null without any
 */
public record ProgressSnapshot(LocalDate today, Goal goal, List<SessionFact> facts, List<PainReading> readings,
                               List<RedFlagReport> redFlags, List<Pause> pauses, CurrentWeek currentWeek,
                               Streak streak, LocalDate streakLastWeek, PainSummary pain, LocalDate lastSessionDate) {

    public ProgressSnapshot {
        if (today == null || goal == null || currentWeek == null || streak == null || pain == null) {
            throw new IllegalArgumentException("today, goal, currentWeek, streak and pain are required");
        }
        facts = List.copyOf(facts);
        readings = List.copyOf(readings);
        redFlags = List.copyOf(redFlags);
        pauses = List.copyOf(pauses);
    }
}
