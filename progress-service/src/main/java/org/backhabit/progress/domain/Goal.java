package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.TimeZoneIds;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * The user's weekly goal: on how many distinct local days per week they want to train, the time
 * zone in which "today" is read, and the day their week starts on. Changing any of these
 * recomputes every figure from the stored facts, so it is a plain value. The one owner of the
 * goal's rules: the REST resource parses with {@link #parse}, stored rows go through the constructor.
 *
 * @param sessionsPerWeek active days wanted per week, 1..7
 * @param timeZone        the zone "today" is computed in: an IANA region id or UTC ({@link TimeZoneIds},
 *                        the same rule session-service applies to sessions and check-ins)
 * @param weekStartsOn    MONDAY or SUNDAY
 */
public record Goal(int sessionsPerWeek, ZoneId timeZone, DayOfWeek weekStartsOn) {

    public static final int DEFAULT_SESSIONS_PER_WEEK = 3;
    public static final int MIN_SESSIONS_PER_WEEK = 1;
    public static final int MAX_SESSIONS_PER_WEEK = 7;

    public Goal {
        if (sessionsPerWeek < MIN_SESSIONS_PER_WEEK || sessionsPerWeek > MAX_SESSIONS_PER_WEEK) {
            throw new InvalidGoalException("sessionsPerWeek", "must be between 1 and 7, was " + sessionsPerWeek);
        }
        if (timeZone == null || TimeZoneIds.region(timeZone.getId()).isEmpty()) {
            throw new InvalidGoalException("timeZone", TimeZoneIds.EXPECTED);
        }
        if (weekStartsOn != DayOfWeek.MONDAY && weekStartsOn != DayOfWeek.SUNDAY) {
            throw new InvalidGoalException("weekStartsOn", "must be MONDAY or SUNDAY");
        }
    }

    /**
     * A goal from the words a client or a stored row uses.
     *
     * @throws InvalidGoalException naming the first field at fault
     */
    public static Goal parse(Integer sessionsPerWeek, String timeZone, String weekStartsOn) {
        if (sessionsPerWeek == null) {
            throw new InvalidGoalException("sessionsPerWeek", "is required");
        }
        ZoneId zone = TimeZoneIds.region(timeZone).orElseThrow(() -> new InvalidGoalException("timeZone", TimeZoneIds.EXPECTED));
        DayOfWeek start;
        try {
            start = DayOfWeek.valueOf(String.valueOf(weekStartsOn));
        } catch (IllegalArgumentException e) {
            throw new InvalidGoalException("weekStartsOn", "must be MONDAY or SUNDAY");
        }
        return new Goal(sessionsPerWeek, zone, start);
    }

    /** The goal a new user gets: 3 active days a week, weeks starting on Monday. */
    public static Goal defaults(ZoneId timeZone) {
        return new Goal(DEFAULT_SESSIONS_PER_WEEK, timeZone, DayOfWeek.MONDAY);
    }
}
