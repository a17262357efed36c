package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.events.vocabulary.Urgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Goal GOAL = Goal.defaults(BERLIN); // 3 active days, Monday weeks
    /** Friday; the current week starts Monday 2026-11-16. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    // ---- no prompt when nothing applies

    @Test
    void aWeekOnTrackRaisesNothing() {
        List<SessionFact> facts = List.of(session("2026-11-16", RoutineKind.STRENGTH),
                session("2026-11-18", RoutineKind.MOBILITY));
        assertEquals(List.of(), evaluate(new Scenario().facts(facts), FRIDAY));
    }

    // ---- RED_FLAG

    @Test
    void chestPainRaisesAnUrgentPromptToGetCareImmediately() {
        PromptCandidate prompt = only(PromptType.RED_FLAG,
                evaluate(new Scenario().redFlag("2026-11-20", "CHEST_PAIN"), FRIDAY));

        assertEquals(Severity.URGENT, prompt.severity());
        assertEquals("2026-11-20:IMMEDIATE", prompt.periodKey());
        assertTrue(prompt.message().contains("chest pain"));
        assertTrue(prompt.message().contains("emergency number"));
        assertTrue(prompt.message().contains("stop the routine"));
        assertTrue(prompt.title().contains("now"));
    }

    @Test
    void shortnessOfBreathIsImmediateToo() {
        PromptCandidate prompt = only(PromptType.RED_FLAG,
                evaluate(new Scenario().redFlag("2026-11-19", "SHORTNESS_OF_BREATH"), FRIDAY));
        assertEquals("2026-11-19:IMMEDIATE", prompt.periodKey());
        assertTrue(prompt.message().contains("shortness of breath"));
    }

    /** Every code of the shared vocabulary raises an URGENT prompt, at the level its urgency names. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RedFlag.class)
    void everyRedFlagRaisesAnUrgentPromptAtItsUrgency(RedFlag flag) {
        PromptCandidate prompt = only(PromptType.RED_FLAG, evaluate(new Scenario().redFlag("2026-11-20", flag.name()), FRIDAY));
        assertEquals(Severity.URGENT, prompt.severity());
        assertEquals("2026-11-20:" + flag.urgency(), prompt.periodKey());
        assertEquals(flag.urgency() == Urgency.IMMEDIATE, prompt.message().contains("emergency number"), prompt.message());
    }

    @Test
    void otherRedFlagsAskToSeeADoctorSoon() {
        PromptCandidate prompt = only(PromptType.RED_FLAG,
                evaluate(new Scenario().redFlag("2026-11-20", "NUMBNESS_OR_TINGLING"), FRIDAY));

        assertEquals(Severity.URGENT, prompt.severity());
        assertEquals("2026-11-20:SOON", prompt.periodKey());
        assertTrue(prompt.message().contains("numbness or tingling"));
        assertTrue(prompt.message().contains("doctor soon"));
        assertFalse(prompt.message().contains("right away"));
    }

    @Test
    void redFlagsOfOneDayMakeOnePromptAtTheMostUrgentLevel() {
        List<PromptCandidate> prompts = evaluate(new Scenario()
                .redFlag("2026-11-20", "NUMBNESS_OR_TINGLING")
                .redFlag("2026-11-20", "SHORTNESS_OF_BREATH"), FRIDAY);

        PromptCandidate prompt = only(PromptType.RED_FLAG, prompts);
        assertEquals("2026-11-20:IMMEDIATE", prompt.periodKey());
        assertTrue(prompt.message().contains("shortness of breath and numbness or tingling"));
    }

    @Test
    void redFlagsOfTwoDaysMakeTwoPrompts() {
        List<PromptCandidate> prompts = evaluate(new Scenario()
                .redFlag("2026-11-17", "FEVER_OR_CHILLS")
                .redFlag("2026-11-20", "NIGHT_PAIN"), FRIDAY);
        assertEquals(List.of("2026-11-17:SOON", "2026-11-20:SOON"), keysOf(PromptType.RED_FLAG, prompts));
    }

    @Test
    void aRedFlagIsRaisedAndHoldsNudgesForSevenDaysOnly() {
        // No session at all this week and the last one 8 days ago: goal at risk and comeback both apply.
        Scenario lapsed = new Scenario().facts(List.of(session("2026-11-12", RoutineKind.STRENGTH)));
        assertEquals(EnumSet.of(PromptType.WEEKLY_GOAL_AT_RISK, PromptType.COMEBACK), typesOf(evaluate(lapsed, FRIDAY)));

        Scenario sixDaysAgo = lapsed.copy().redFlag("2026-11-14", "ARM_WEAKNESS");
        assertEquals(EnumSet.of(PromptType.RED_FLAG), typesOf(evaluate(sixDaysAgo, FRIDAY)));

        Scenario sevenDaysAgo = lapsed.copy().redFlag("2026-11-13", "ARM_WEAKNESS");
        assertEquals(EnumSet.of(PromptType.WEEKLY_GOAL_AT_RISK, PromptType.COMEBACK),
                typesOf(evaluate(sevenDaysAgo, FRIDAY)));
    }

    @Test
    void aCheckInWithoutRedFlagsRaisesNothingAndHoldsNothing() {
        Scenario scenario = new Scenario().redFlag("2026-11-20");
        assertEquals(EnumSet.of(PromptType.WEEKLY_GOAL_AT_RISK), typesOf(evaluate(scenario, FRIDAY)));
    }

    // ---- SEE_A_CLINICIAN

    @Test
    void persistentPainDespiteRegularSessionsSuggestsAProfessional() {
        Scenario scenario = new Scenario().facts(List.of(pained("2026-11-09", 5), pained("2026-11-11", 5),
                pained("2026-11-16", 5), pained("2026-11-18", 5)));
        PromptCandidate prompt = only(PromptType.SEE_A_CLINICIAN, evaluate(scenario, FRIDAY));

        assertEquals(Severity.WARNING, prompt.severity());
        assertEquals("2026-11-16", prompt.periodKey());
        assertTrue(prompt.message().contains("5.0 out of 10"));
        assertTrue(prompt.message().contains("two weeks"));
    }

    @Test
    void anAverageOfExactlyFourIsEnoughBelowIsNot() {
        Scenario four = new Scenario().facts(List.of(pained("2026-11-09", 4), pained("2026-11-11", 4),
                pained("2026-11-16", 4), pained("2026-11-18", 4)));
        assertTrue(typesOf(evaluate(four, FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));

        Scenario below = new Scenario().facts(List.of(pained("2026-11-09", 4), pained("2026-11-11", 4),
                pained("2026-11-16", 4), pained("2026-11-18", 3)));
        assertFalse(typesOf(evaluate(below, FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));
    }

    @Test
    void fewerThanFourSessionsInTheTwoWeeksIsNotEnough() {
        Scenario scenario = new Scenario().facts(List.of(pained("2026-11-06", 6), pained("2026-11-11", 6),
                pained("2026-11-16", 6), pained("2026-11-18", 6))); // the 6th is 14 days ago: outside
        assertFalse(typesOf(evaluate(scenario, FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));
    }

    @Test
    void anImprovingTrendIsLeftToContinue() {
        List<SessionFact> earlier = List.of(pained("2026-11-07", 7), pained("2026-11-08", 7), pained("2026-11-09", 7));
        Scenario improving = new Scenario().facts(concat(earlier,
                List.of(pained("2026-11-16", 5), pained("2026-11-17", 5), pained("2026-11-18", 5))));
        assertFalse(typesOf(evaluate(improving, FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));

        Scenario steady = new Scenario().facts(concat(earlier,
                List.of(pained("2026-11-16", 7), pained("2026-11-17", 6), pained("2026-11-18", 7))));
        assertTrue(typesOf(evaluate(steady, FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));
    }

    @Test
    void checkInPainCountsTowardTheAverage() {
        List<SessionFact> painless = List.of(session("2026-11-09", RoutineKind.STRENGTH),
                session("2026-11-11", RoutineKind.STRENGTH), session("2026-11-16", RoutineKind.STRENGTH),
                session("2026-11-18", RoutineKind.STRENGTH));
        assertFalse(typesOf(evaluate(new Scenario().facts(painless), FRIDAY)).contains(PromptType.SEE_A_CLINICIAN));

        Scenario withCheckIns = new Scenario().facts(painless)
                .checkIn("2026-11-10", 6).checkIn("2026-11-15", 6).checkIn("2026-11-19", 6);
        PromptCandidate prompt = only(PromptType.SEE_A_CLINICIAN, evaluate(withCheckIns, FRIDAY));
        assertTrue(prompt.message().contains("6.0 out of 10"));
    }

    // ---- PAIN_AFTER_SESSION

    @Test
    void twoSessionsThatRaisedPainByTwoWithinSevenDaysSuggestEasingOff() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-15", 3, 5), session("2026-11-19", 2, 4)));
        PromptCandidate prompt = only(PromptType.PAIN_AFTER_SESSION, evaluate(scenario, FRIDAY));

        assertEquals(Severity.WARNING, prompt.severity());
        assertEquals("2026-11-19", prompt.periodKey());
        assertTrue(prompt.message().contains("easier variant"));
        assertTrue(prompt.message().contains("never force a stretch"));
    }

    @Test
    void painAfterSessionNeedsTwoSessionsRisingByTwoInTheLastSevenDays() {
        assertNoPrompt(PromptType.PAIN_AFTER_SESSION,
                new Scenario().facts(List.of(session("2026-11-19", 2, 4))));
        assertNoPrompt(PromptType.PAIN_AFTER_SESSION,
                new Scenario().facts(List.of(session("2026-11-13", 3, 5), session("2026-11-19", 2, 4))));
        assertNoPrompt(PromptType.PAIN_AFTER_SESSION,
                new Scenario().facts(List.of(session("2026-11-15", 3, 4), session("2026-11-19", 2, 3))));
        assertNoPrompt(PromptType.PAIN_AFTER_SESSION,
                new Scenario().facts(List.of(session("2026-11-15", 3, null), session("2026-11-19", 2, 4))));
    }

    @Test
    void warningsAreNotSilencedByAPause() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-15", 3, 5), session("2026-11-19", 2, 4)))
                .pause("2026-11-16", "2026-11-19");
        assertTrue(typesOf(evaluate(scenario, FRIDAY)).contains(PromptType.PAIN_AFTER_SESSION));
    }

    // ---- WEEKLY_GOAL_AT_RISK

    @Test
    void goalAtRiskWhenDaysLeftAreAtMostOneMoreThanSessionsNeeded() {
        Scenario oneActiveDay = new Scenario().facts(List.of(session("2026-11-16", RoutineKind.STRENGTH)));

        PromptCandidate prompt = only(PromptType.WEEKLY_GOAL_AT_RISK, evaluate(oneActiveDay, FRIDAY));
        assertEquals(Severity.NUDGE, prompt.severity());
        assertEquals("2026-11-16", prompt.periodKey());
        assertEquals("2 sessions left, 3 days to go", prompt.title());
        assertTrue(prompt.message().contains("within reach"));

        assertNoPrompt(PromptType.WEEKLY_GOAL_AT_RISK, oneActiveDay, LocalDate.of(2026, 11, 19)); // 4 days left
    }

    @Test
    void goalAtRiskSaysSoKindlyWhenTheGoalIsOutOfReach() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-16", RoutineKind.STRENGTH)));
        PromptCandidate prompt = only(PromptType.WEEKLY_GOAL_AT_RISK,
                evaluate(scenario, LocalDate.of(2026, 11, 22)));
        assertEquals("2 sessions left, 1 day to go", prompt.title());
        assertTrue(prompt.message().contains("out of reach"));
    }

    @Test
    void goalAtRiskUsesSingularForOne() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-16", RoutineKind.STRENGTH),
                session("2026-11-17", RoutineKind.STRENGTH)));
        PromptCandidate prompt = only(PromptType.WEEKLY_GOAL_AT_RISK, evaluate(scenario, LocalDate.of(2026, 11, 21)));
        assertEquals("1 session left, 2 days to go", prompt.title());
    }

    @Test
    void noGoalAtRiskOnceTheGoalIsMetOrWhileTheWeekIsPausedOrAfterARedFlag() {
        assertNoPrompt(PromptType.WEEKLY_GOAL_AT_RISK, new Scenario().facts(List.of(
                session("2026-11-16", RoutineKind.STRENGTH), session("2026-11-17", RoutineKind.STRENGTH),
                session("2026-11-18", RoutineKind.STRENGTH))));
        assertNoPrompt(PromptType.WEEKLY_GOAL_AT_RISK, new Scenario().pause("2026-11-16", "2026-11-19"));
        assertNoPrompt(PromptType.WEEKLY_GOAL_AT_RISK, new Scenario().redFlag("2026-11-16", "WORSENING"));
        assertTrue(typesOf(evaluate(new Scenario().pause("2026-11-16", "2026-11-18"), FRIDAY))
                .contains(PromptType.WEEKLY_GOAL_AT_RISK), "three paused days do not pause the week");
    }

    // ---- COMEBACK

    @Test
    void comebackAfterSevenDaysWithoutASession() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-13", RoutineKind.STRENGTH)));
        PromptCandidate prompt = only(PromptType.COMEBACK, evaluate(scenario, FRIDAY));

        assertEquals(Severity.NUDGE, prompt.severity());
        assertEquals("since-2026-11-13", prompt.periodKey());
        assertTrue(prompt.message().contains("7 days"));
        assertTrue(prompt.message().contains("desk routine"));

        assertNoPrompt(PromptType.COMEBACK, new Scenario().facts(List.of(session("2026-11-14", RoutineKind.STRENGTH))));
    }

    @Test
    void noComebackForSomeoneWhoNeverStarted() {
        assertNoPrompt(PromptType.COMEBACK, new Scenario());
    }

    @Test
    void noComebackWhileTodayIsPausedOrTheWeekIsPausedOrAfterARedFlag() {
        Scenario lapsed = new Scenario().facts(List.of(session("2026-11-06", RoutineKind.STRENGTH)));

        Scenario todayPaused = lapsed.copy().pause("2026-11-20", "2026-11-21"); // the week itself is not paused
        assertEquals(EnumSet.of(PromptType.WEEKLY_GOAL_AT_RISK), typesOf(evaluate(todayPaused, FRIDAY)));

        Scenario weekPaused = lapsed.copy().pause("2026-11-16", "2026-11-19"); // today itself is not paused
        assertEquals(EnumSet.noneOf(PromptType.class), typesOf(evaluate(weekPaused, FRIDAY)));

        assertNoPrompt(PromptType.COMEBACK, lapsed.copy().redFlag("2026-11-18", "RECENT_INJURY"));
    }

    // ---- GOAL_MET

    @Test
    void goalMetOnceTheWeeksActiveDaysReachTheGoal() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-16", RoutineKind.STRENGTH),
                session("2026-11-18", RoutineKind.MOBILITY), session("2026-11-19", RoutineKind.STRENGTH)));
        PromptCandidate prompt = only(PromptType.GOAL_MET, evaluate(scenario, FRIDAY));

        assertEquals(Severity.INFO, prompt.severity());
        assertEquals("2026-11-16", prompt.periodKey(), "once a week");
        assertTrue(prompt.message().contains("3 days"));
    }

    @Test
    void noGoalMetForThreeSessionsOnTwoDays() {
        assertNoPrompt(PromptType.GOAL_MET, new Scenario().facts(List.of(session("2026-11-16", RoutineKind.STRENGTH),
                session("2026-11-16", RoutineKind.MOBILITY), session("2026-11-18", RoutineKind.STRENGTH))));
    }

    // ---- STREAK_MILESTONE

    @Test
    void aStreakOfFourFinishedWeeksIsCelebratedOnceForTheWeekThatReachedIt() {
        Scenario scenario = new Scenario().facts(metWeeks("2026-10-19", 4));

        PromptCandidate monday = only(PromptType.STREAK_MILESTONE, evaluate(scenario, LocalDate.of(2026, 11, 16)));
        PromptCandidate friday = only(PromptType.STREAK_MILESTONE, evaluate(scenario, FRIDAY));

        assertEquals(Severity.INFO, monday.severity());
        assertEquals("streak-4:2026-11-09", monday.periodKey());
        assertEquals(monday.dedupKey(), friday.dedupKey(), "the same reaching gives the same key all week");
        assertEquals("4 weeks in a row", monday.title());
    }

    @Test
    void theRunningWeekCanReachAMilestone() {
        Scenario scenario = new Scenario().facts(concat(metWeeks("2026-10-26", 3), metWeeks("2026-11-16", 1)));
        assertEquals("streak-4:2026-11-16",
                only(PromptType.STREAK_MILESTONE, evaluate(scenario, FRIDAY)).periodKey());
    }

    @Test
    void onlyMilestoneLengthsAreCelebrated() {
        assertNoPrompt(PromptType.STREAK_MILESTONE, new Scenario().facts(metWeeks("2026-10-26", 3)));
        assertNoPrompt(PromptType.STREAK_MILESTONE, new Scenario().facts(metWeeks("2026-10-12", 5)));
        assertEquals("streak-8:2026-11-09", only(PromptType.STREAK_MILESTONE,
                evaluate(new Scenario().facts(metWeeks("2026-09-21", 8)), FRIDAY)).periodKey());
    }

    @Test
    void reachingTheSameMilestoneAgainAfterABreakIsANewPrompt() {
        // Four met weeks from 2026-09-14, a missed week from 2026-10-12, four met weeks from 2026-10-19.
        Scenario scenario = new Scenario().facts(concat(metWeeks("2026-09-14", 4), metWeeks("2026-10-19", 4)));
        PromptCandidate first = only(PromptType.STREAK_MILESTONE, evaluate(scenario, LocalDate.of(2026, 10, 14)));
        PromptCandidate again = only(PromptType.STREAK_MILESTONE, evaluate(scenario, FRIDAY));

        assertEquals("streak-4:2026-10-05", first.periodKey());
        assertEquals("streak-4:2026-11-09", again.periodKey());
        assertNotEquals(first.dedupKey(), again.dedupKey());
    }

    // ---- ADD_STRENGTH

    @Test
    void threeSessionsInTwoWeeksWithoutStrengthSuggestStrengthWork() {
        Scenario scenario = new Scenario().facts(List.of(session("2026-11-09", RoutineKind.MOBILITY),
                session("2026-11-12", RoutineKind.RELIEF), session("2026-11-16", RoutineKind.DESK_BREAK)));
        PromptCandidate prompt = only(PromptType.ADD_STRENGTH, evaluate(scenario, FRIDAY));

        assertEquals(Severity.INFO, prompt.severity());
        assertEquals("2026-11-16", prompt.periodKey());
        assertTrue(prompt.message().contains("strength routine"));
    }

    @Test
    void noStrengthSuggestionWithAStrengthSessionOrFewerThanThreeSessions() {
        List<SessionFact> mobility = List.of(session("2026-11-09", RoutineKind.MOBILITY),
                session("2026-11-12", RoutineKind.MOBILITY), session("2026-11-16", RoutineKind.MOBILITY));
        assertNoPrompt(PromptType.ADD_STRENGTH,
                new Scenario().facts(concat(mobility, List.of(session("2026-11-07", RoutineKind.STRENGTH)))));
        assertTrue(typesOf(evaluate(new Scenario().facts(concat(mobility,
                List.of(session("2026-11-06", RoutineKind.STRENGTH)))), FRIDAY)).contains(PromptType.ADD_STRENGTH),
                "a strength session 14 days ago is outside the window");
        assertNoPrompt(PromptType.ADD_STRENGTH, new Scenario().facts(mobility.subList(1, 3)));
        assertNoPrompt(PromptType.ADD_STRENGTH, new Scenario().facts(List.of(session("2026-11-05", RoutineKind.MOBILITY),
                session("2026-11-12", RoutineKind.MOBILITY), session("2026-11-16", RoutineKind.MOBILITY))));
    }

    @Test
    void noStrengthSuggestionAfterARedFlagOrWhileTheWeekIsPaused() {
        Scenario mobility = new Scenario().facts(List.of(session("2026-11-09", RoutineKind.MOBILITY),
                session("2026-11-12", RoutineKind.MOBILITY), session("2026-11-16", RoutineKind.MOBILITY)));
        assertNoPrompt(PromptType.ADD_STRENGTH, mobility.copy().redFlag("2026-11-19", "NUMBNESS_OR_TINGLING"));
        assertNoPrompt(PromptType.ADD_STRENGTH, mobility.copy().pause("2026-11-17", "2026-11-22"));
    }

    // ---- all together

    @Test
    void promptsComeMostSevereFirstAndNeverDiagnose() {
        List<SessionFact> facts = new ArrayList<>(metWeeks("2026-10-19", 4));
        facts.addAll(List.of(session("2026-11-14", 3, 5), session("2026-11-15", 3, 5)));
        List<PromptCandidate> prompts = evaluate(new Scenario().facts(facts), FRIDAY);
        assertEquals(List.of(PromptType.PAIN_AFTER_SESSION, PromptType.WEEKLY_GOAL_AT_RISK,
                PromptType.STREAK_MILESTONE), prompts.stream().map(PromptCandidate::type).toList());

        List<PromptCandidate> every = new ArrayList<>(prompts);
        every.addAll(evaluate(new Scenario().redFlag("2026-11-20", "CHEST_PAIN", "NUMBNESS_OR_TINGLING",
                "ARM_WEAKNESS", "FEVER_OR_CHILLS", "RECENT_INJURY", "NIGHT_PAIN", "WORSENING"), FRIDAY));
        every.addAll(evaluate(new Scenario().redFlag("2026-11-20", "FEVER_OR_CHILLS"), FRIDAY));
        every.addAll(evaluate(new Scenario().facts(List.of(pained("2026-11-09", 6), pained("2026-11-11", 6),
                pained("2026-11-16", 6), pained("2026-11-17", 6), pained("2026-11-18", 6))), FRIDAY));
        every.addAll(evaluate(new Scenario().facts(List.of(session("2026-11-05", RoutineKind.MOBILITY))), FRIDAY));
        every.addAll(evaluate(new Scenario().facts(List.of(session("2026-11-09", RoutineKind.MOBILITY),
                session("2026-11-12", RoutineKind.MOBILITY), session("2026-11-16", RoutineKind.MOBILITY))), FRIDAY));
        assertEquals(EnumSet.allOf(PromptType.class), typesOf(every), "every type is covered here");
        for (PromptCandidate prompt : every) {
            String text = (prompt.title() + " " + prompt.message()).toLowerCase(Locale.ROOT);
            for (String diagnosis : List.of("diagnos", "infection", "nerve", "heart", "disc", "fracture", "you have a")) {
                assertFalse(text.contains(diagnosis), prompt.type() + " says '" + diagnosis + "': " + text);
            }
        }
    }

    @Test
    void theDedupKeyJoinsTypeAndPeriod() {
        assertEquals("GOAL_MET:2026-11-16",
                new PromptCandidate(PromptType.GOAL_MET, Severity.INFO, "2026-11-16", "goal-met", java.util.Map.of("activeDays", 3)).dedupKey());
    }

    // ---- helpers

    /** A user's history under construction; {@link #copy()} branches a scenario. */
    private static final class Scenario {
        private final List<SessionFact> facts = new ArrayList<>();
        private final List<PainReading> checkIns = new ArrayList<>();
        private final List<RedFlagReport> redFlags = new ArrayList<>();
        private final List<Pause> pauses = new ArrayList<>();

        Scenario facts(List<SessionFact> more) {
            facts.addAll(more);
            return this;
        }

        Scenario checkIn(String date, int level) {
            LocalDate day = LocalDate.parse(date);
            checkIns.add(new PainReading(day.atTime(8, 0).atZone(BERLIN).toInstant(), day, level));
            return this;
        }

        Scenario redFlag(String date, String... codes) {
            LocalDate day = LocalDate.parse(date);
            redFlags.add(new RedFlagReport(day.atTime(8, redFlags.size()).atZone(BERLIN).toInstant(), day,
                    Arrays.stream(codes).map(RedFlag::valueOf).collect(Collectors.toSet())));
            return this;
        }

        Scenario pause(String from, String to) {
            pauses.add(new Pause(UUID.randomUUID(), LocalDate.parse(from), LocalDate.parse(to), "FLARE_UP"));
            return this;
        }

        Scenario copy() {
            Scenario copy = new Scenario();
            copy.facts.addAll(facts);
            copy.checkIns.addAll(checkIns);
            copy.redFlags.addAll(redFlags);
            copy.pauses.addAll(pauses);
            return copy;
        }

        UserHistory history() {
            return new UserHistory(GOAL, facts, checkIns, redFlags, pauses);
        }
    }

    private static List<PromptCandidate> evaluate(Scenario scenario, LocalDate today) {
        return PromptRules.evaluate(DashboardCalculator.snapshot(ProgressState.of(scenario.history()), today));
    }

    private static void assertNoPrompt(PromptType type, Scenario scenario) {
        assertNoPrompt(type, scenario, FRIDAY);
    }

    private static void assertNoPrompt(PromptType type, Scenario scenario, LocalDate today) {
        List<PromptCandidate> prompts = evaluate(scenario, today);
        assertFalse(typesOf(prompts).contains(type), "unexpected " + type + " in " + prompts);
    }

    private static PromptCandidate only(PromptType type, List<PromptCandidate> prompts) {
        List<PromptCandidate> matching = prompts.stream().filter(p -> p.type() == type).toList();
        if (matching.size() != 1) {
            fail("expected one " + type + " but got " + prompts);
        }
        return matching.get(0);
    }

    private static Set<PromptType> typesOf(List<PromptCandidate> prompts) {
        return prompts.stream().map(PromptCandidate::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PromptType.class)));
    }

    private static List<String> keysOf(PromptType type, List<PromptCandidate> prompts) {
        return prompts.stream().filter(p -> p.type() == type).map(PromptCandidate::periodKey).sorted().toList();
    }

    /** Mon/Wed/Fri strength sessions in {@code count} consecutive weeks from the Monday {@code firstMonday}. */
    private static List<SessionFact> metWeeks(String firstMonday, int count) {
        List<SessionFact> facts = new ArrayList<>();
        LocalDate monday = LocalDate.parse(firstMonday);
        for (int w = 0; w < count; w++) {
            for (int d : new int[] {0, 2, 4}) {
                facts.add(session(monday.plusWeeks(w).plusDays(d).toString(), RoutineKind.STRENGTH));
            }
        }
        return facts;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static SessionFact session(String date, RoutineKind kind) {
        return fact(date, kind, null, null);
    }

    private static SessionFact pained(String date, int before) {
        return fact(date, RoutineKind.STRENGTH, before, null);
    }

    private static SessionFact session(String date, Integer before, Integer after) {
        return fact(date, RoutineKind.STRENGTH, before, after);
    }

    private static SessionFact fact(String date, RoutineKind kind, Integer before, Integer after) {
        LocalDate day = LocalDate.parse(date);
        return new SessionFact(UUID.randomUUID(), day, day.atTime(18, 0).atZone(BERLIN).toInstant(), kind, 12,
                before, after);
    }
}
