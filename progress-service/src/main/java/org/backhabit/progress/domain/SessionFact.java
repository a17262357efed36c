package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One completed session as progress keeps it. Facts, not weekly totals, are stored so that a
 * goal or week-start change can recompute the whole history.
 *
 * @param localDate the day the session was completed, in the zone the user recorded it in; every
 *                  week and day rule works on this date, never on the instant
 * @param painBefore 0..10 or null when not reported
 * @param painAfter  0..10 or null when not reported
 */
public record SessionFact(UUID sessionId, LocalDate localDate, Instant completedAt, RoutineKind kind,
                          int durationMinutes, Integer painBefore, Integer painAfter) {

    public SessionFact {
        if (sessionId == null || localDate == null || completedAt == null || kind == null) {
            throw new IllegalArgumentException("sessionId, localDate, completedAt and kind are required");
        }
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("durationMinutes must not be negative, was " + durationMinutes);
        }
        PainLevels.requireValid(painBefore, "painBefore");
        PainLevels.requireValid(painAfter, "painAfter");
    }

    /** A fact whose local date is {@code completedAt} seen in {@code zone} (DST-aware). */
    public static SessionFact completedIn(UUID sessionId, Instant completedAt, ZoneId zone, RoutineKind kind,
                                          int durationMinutes, Integer painBefore, Integer painAfter) {
        return new SessionFact(sessionId, LocalDate.ofInstant(completedAt, zone), completedAt, kind,
                durationMinutes, painBefore, painAfter);
    }

    /** Whether both pain values were reported, so the session tells how it changed the pain. */
    public boolean hasPainChange() {
        return painBefore != null && painAfter != null;
    }
}
