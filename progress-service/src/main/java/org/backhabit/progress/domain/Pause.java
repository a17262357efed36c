package org.backhabit.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A stretch of days the user asked to be left alone (flare-up, illness, travel). A week mostly
 * covered by pauses neither breaks nor extends a streak, and paused days leave the score as it was.
 *
 * @param from first paused day, inclusive
 * @param to   last paused day, inclusive
 */
public record Pause(UUID id, LocalDate from, LocalDate to, String reason) {

    /** The longest pause the API accepts, so a pause cannot hide a whole lapse. */
    public static final int MAX_DAYS = 14;

    public Pause {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }

    /** Whether {@code day} lies in this pause, both ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Number of days in the pause, both ends included. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
