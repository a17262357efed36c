package org.backhabit.progress.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * The user's weekly goal: on how many distinct local days per week they want to train, the time
 * zone in which "today" is read, and the day their week starts on. Changing any of these
 * recomputes every figure from the stored facts, so it is a plain value.
 *
 * @param sessionsPerWeek active days wanted per week, 1..7
 * @param timeZone        the zone "today" is computed in
 * @param weekStartsOn    MONDAY or SUNDAY
 */
public record Goal(int sessionsPerWeek, ZoneId timeZone, DayOfWeek weekStartsOn) {

    public static final int DEFAULT_SESSIONS_PER_WEEK = 3;

    public Goal {
        if (sessionsPerWeek < 1 || sessionsPerWeek > 7) {
            throw new IllegalArgumentException("sessionsPerWeek must be between 1 and 7, was " + sessionsPerWeek);
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone is required");
        }
        if (weekStartsOn != DayOfWeek.MONDAY && weekStartsOn != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("weekStartsOn must be MONDAY or SUNDAY, was " + weekStartsOn);
        }
    }

    /** The goal a new user gets: 3 active days a week, weeks starting on Monday. */
    public static Goal defaults(ZoneId timeZone) {
        return new Goal(DEFAULT_SESSIONS_PER_WEEK, timeZone, DayOfWeek.MONDAY);
    }
}
