package org.backhabit.progress.domain;

/**
 * Consecutive weeks with the goal met.
 *
 * @param currentWeeks the run that ends with the last finished week, plus one when the current
 *                     week's goal is already met
 * @param longestWeeks the longest run over the whole history, the current one included
 */
public record Streak(int currentWeeks, int longestWeeks) {

    public static final Streak NONE = new Streak(0, 0);
}
