package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsistencyScoreTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday; 30 days from here end on Tuesday 2026-12-01. */
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final LocalDate DAY_30 = START.plusDays(29);
    private static final Goal THREE_A_WEEK = new Goal(3, BERLIN, DayOfWeek.MONDAY);

    @Test
    void thirtyDaysOfMondayWednesdayFridayWithGoalThree() {
        List<SessionFact> facts = mondayWednesdayFriday(30);
        assertEquals(13, facts.size());

        double score = ConsistencyScore.score(facts, THREE_A_WEEK, List.of(), DAY_30);

        assertEquals(expectedByHand(3, mondayWednesdayFridayFlags(30), new boolean[30]), score, 1e-9);
        assertEquals(0.5709219438577868, score, 1e-9, "value computed separately in Python");
        assertEquals(57, ConsistencyScore.reported(score));
    }

    @Test
    void aPausedDayCarriesTheScoreUnchanged() {
        List<SessionFact> facts = mondayWednesdayFriday(30);
        List<Pause> pauses = List.of(new Pause(UUID.randomUUID(), START.plusDays(14), START.plusDays(20), "ILLNESS"));

        double beforePause = ConsistencyScore.score(facts, THREE_A_WEEK, pauses, START.plusDays(13));
        double lastPausedDay = ConsistencyScore.score(facts, THREE_A_WEEK, pauses, START.plusDays(20));
        double unpaused = ConsistencyScore.score(facts, THREE_A_WEEK, List.of(), START.plusDays(20));

        assertEquals(beforePause, lastPausedDay, 0.0);
        assertNotEquals(beforePause, unpaused, "without the pause the score moves on those days");

        boolean[] paused = new boolean[30];
        for (int i = 14; i <= 20; i++) {
            paused[i] = true;
        }
        double whole = ConsistencyScore.score(facts, THREE_A_WEEK, pauses, DAY_30);
        assertEquals(expectedByHand(3, mondayWednesdayFridayFlags(30), paused), whole, 1e-9);
        assertEquals(45, ConsistencyScore.reported(whole), "0.4521632897467489, computed in Python");
    }

    @Test
    void noSessionsOnOrBeforeTodayScoreZero() {
        assertEquals(0.0, ConsistencyScore.score(List.of(), THREE_A_WEEK, List.of(), DAY_30), 0.0);
        assertEquals(0.0, ConsistencyScore.score(mondayWednesdayFriday(30), THREE_A_WEEK, List.of(),
                START.minusDays(1)), 0.0);
    }

    @Test
    void aGoalChangeRecomputesTheScoreFromTheSameFacts() {
        // 200 days of Mon/Wed/Fri: three active days a week fully meet a goal of 3, three quarters of a goal of 4.
        List<SessionFact> facts = mondayWednesdayFriday(200);
        LocalDate today = START.plusDays(199);
        double three = ConsistencyScore.score(facts, THREE_A_WEEK, List.of(), today);
        double four = ConsistencyScore.score(facts, new Goal(4, BERLIN, DayOfWeek.MONDAY), List.of(), today);

        assertEquals(expectedByHand(3, mondayWednesdayFridayFlags(200), new boolean[200]), three, 1e-9);
        assertEquals(expectedByHand(4, mondayWednesdayFridayFlags(200), new boolean[200]), four, 1e-9);
        assertEquals(100, ConsistencyScore.reported(three), "0.99886..., computed in Python");
        assertEquals(75, ConsistencyScore.reported(four), "0.74970..., computed in Python");
    }

    @Test
    void aFullyKeptHabitApproachesButNeverExceedsOne() {
        List<SessionFact> daily = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            daily.add(fact(START.plusDays(i)));
        }
        double score = ConsistencyScore.score(daily, new Goal(1, BERLIN, DayOfWeek.MONDAY), List.of(),
                START.plusDays(399));
        assertTrue(score > 0.999 && score <= 1.0, "score was " + score);
        assertEquals(100, ConsistencyScore.reported(score));
    }

    @Test
    void multiplierFollowsTheFormula() {
        assertEquals(0.9656966817138625, ConsistencyScore.multiplier(3), 1e-15);
        assertEquals(Math.pow(0.5, 1 / 13.0), ConsistencyScore.multiplier(7), 1e-15);
    }

    @Test
    void reportedRoundsToAPercentage() {
        assertEquals(0, ConsistencyScore.reported(0.0));
        assertEquals(1, ConsistencyScore.reported(0.005));
        assertEquals(72, ConsistencyScore.reported(0.7249));
        assertEquals(100, ConsistencyScore.reported(1.0));
    }

    /**
     * The formula written out on plain arrays: day i of the period is active when {@code active[i]},
     * and paused when {@code paused[i]}; day 0 is the first session's day.
     */
    private static double expectedByHand(int n, boolean[] active, boolean[] paused) {
        double m = Math.pow(0.5, Math.sqrt(n / 7.0) / 13.0);
        double score = 0;
        for (int d = 0; d < active.length; d++) {
            if (paused[d]) {
                continue;
            }
            int activeDays = 0;
            for (int k = Math.max(0, d - 13); k <= d; k++) {
                if (active[k]) {
                    activeDays++;
                }
            }
            double pc = Math.min(1.0, activeDays / (2.0 * n));
            score = score * m + pc * (1 - m);
        }
        return score;
    }

    /** Day i is a Monday, Wednesday or Friday when i % 7 is 0, 2 or 4 (day 0 is a Monday). */
    private static boolean[] mondayWednesdayFridayFlags(int days) {
        boolean[] active = new boolean[days];
        for (int i = 0; i < days; i++) {
            active[i] = i % 7 == 0 || i % 7 == 2 || i % 7 == 4;
        }
        return active;
    }

    private static List<SessionFact> mondayWednesdayFriday(int days) {
        List<SessionFact> facts = new ArrayList<>();
        for (LocalDate d = START; d.isBefore(START.plusDays(days)); d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY) {
                facts.add(fact(d));
            }
        }
        return facts;
    }

    private static SessionFact fact(LocalDate day) {
        return new SessionFact(UUID.randomUUID(), day, day.atTime(7, 30).atZone(BERLIN).toInstant(),
                RoutineKind.MOBILITY, 10, null, null);
    }
}
