package org.backhabit.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One pain level the user reported: a session's painBefore or a check-in's painLevel. Both count
 * alike, so the pain figures do not depend on whether the user trained that day.
 */
public record PainReading(Instant at, LocalDate localDate, int level) {

    public PainReading {
        if (at == null || localDate == null) {
            throw new IllegalArgumentException("at and localDate are required");
        }
        PainLevels.requireValid(level, "level");
    }

    /** The painBefore readings of the given sessions (sessions without one add nothing). */
    public static List<PainReading> fromSessions(List<SessionFact> facts) {
        return facts.stream()
                .filter(f -> f.painBefore() != null)
                .map(f -> new PainReading(f.completedAt(), f.localDate(), f.painBefore()))
                .toList();
    }
}
