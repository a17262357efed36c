package org.backhabit.progress.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Read-only projections of the fact tables: what the progress rules need, without managed entities. */
public final class FactTuples {

    private FactTuples() {
    }

    public record Session(UUID sessionId, LocalDate localDate, Instant completedAt, String kind, Integer durationMinutes,
                          Integer painBefore, Integer painAfter) {
    }

    public record CheckIn(UUID checkInId, Instant at, LocalDate localDate, int painLevel, String redFlags) {
    }
}
