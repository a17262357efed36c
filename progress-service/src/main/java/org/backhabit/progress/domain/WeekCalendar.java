package org.backhabit.progress.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Calendar arithmetic on local dates. Everything works on {@link LocalDate}s, never on instants or
 * fixed offsets, so a week containing a DST switch is still exactly seven days.
 */
public final class WeekCalendar {

    /** Days in a week. */
    public static final int DAYS_PER_WEEK = 7;
    /** A week is paused when pauses cover at least this many of its days. */
    public static final int PAUSED_DAYS_FOR_PAUSED_WEEK = 4;

    private WeekCalendar() {
    }

    /** The first day of the week containing {@code day}: the latest {@code weekStartsOn} on or before it. */
    public static LocalDate weekStart(LocalDate day, DayOfWeek weekStartsOn) {
        return day.with(TemporalAdjusters.previousOrSame(weekStartsOn));
    }

    /** The last day of the week that starts on {@code weekStart}. */
    public static LocalDate weekEnd(LocalDate weekStart) {
        return weekStart.plusDays(DAYS_PER_WEEK - 1L);
    }

    /** Today's date in the user's zone, read from an injected clock so tests can pin time. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Whether pauses cover at least 4 of the 7 days starting on {@code weekStart}. Several pauses add
     * up; a day covered by two overlapping pauses counts once.
     */
    public static boolean isPaused(LocalDate weekStart, List<Pause> pauses) {
        int pausedDays = 0;
        for (int i = 0; i < DAYS_PER_WEEK; i++) {
            if (isPausedDay(weekStart.plusDays(i), pauses)) {
                pausedDays++;
            }
        }
        return pausedDays >= PAUSED_DAYS_FOR_PAUSED_WEEK;
    }

    /** Whether any pause covers {@code day}. */
    public static boolean isPausedDay(LocalDate day, List<Pause> pauses) {
        for (Pause pause : pauses) {
            if (pause.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code day} lies in {@code [from, to]}, both ends included. */
    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
