package org.backhabit.progress.domain;

import java.util.List;

/**
 * What progress stores for one user, the input every figure is computed from.
 *
 * @param checkInReadings pain levels from check-ins only; sessions' painBefore readings are added
 *                        from {@code facts} where needed, so do not include them here
 * @param redFlagReports  check-ins that reported at least one red flag
 */
public record UserHistory(Goal goal, List<SessionFact> facts, List<PainReading> checkInReadings,
                          List<RedFlagReport> redFlagReports, List<Pause> pauses) {

    public UserHistory {
        if (goal == null) {
            throw new IllegalArgumentException("goal is required");
        }
        facts = List.copyOf(facts);
        checkInReadings = List.copyOf(checkInReadings);
        redFlagReports = List.copyOf(redFlagReports);
        pauses = List.copyOf(pauses);
    }
}
