package org.backhabit.progress.domain;

import java.time.LocalDate;

/**
 * The week that contains today, as the dashboard shows it while it runs.
 *
 * @param goal      the goal's sessionsPerWeek
 * @param remaining active days still needed: max(0, goal - activeDays)
 * @param daysLeft  days of the week still available, today included: 7 on the week's first day,
 *                  1 on its last (Friday in a Monday week gives 3: Friday, Saturday, Sunday)
 */
public record CurrentWeek(LocalDate weekStart, int sessions, int activeDays, int strengthSessions, int minutes,
                          int goal, boolean goalMet, int remaining, int daysLeft, boolean paused) {
}
