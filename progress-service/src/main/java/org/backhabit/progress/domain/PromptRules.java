package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.events.vocabulary.Urgency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which prompts apply right now (DESIGN.md's prompt table). Safety comes first: a red flag
 * reported in the last 7 days holds back every prompt that asks for more exercise, and so does a
 * paused week. Wording lives in {@link PromptWording}.
 */
public final class PromptRules {

    /** Streak lengths, in weeks, worth celebrating. */
    public static final Set<Integer> STREAK_MILESTONES = Set.of(4, 8, 12, 26, 52);
    /** Days a red flag holds nudges back: the day it was reported and the 6 after it. */
    public static final int RED_FLAG_HOLD_DAYS = 7;
    /** Days without a session after which a comeback is suggested. */
    public static final int COMEBACK_AFTER_DAYS = 7;

    private static final double CLINICIAN_PAIN_AVERAGE = 4.0;
    private static final int CLINICIAN_WINDOW_DAYS = 14;
    private static final int CLINICIAN_MIN_SESSIONS = 4;
    private static final int PAIN_RISE = 2;
    private static final int PAIN_RISE_SESSIONS = 2;
    private static final int PAIN_RISE_WINDOW_DAYS = 7;
    private static final int STRENGTH_WINDOW_DAYS = 14;
    private static final int STRENGTH_MIN_SESSIONS = 3;

    private PromptRules() {
    }

    /**
     * The prompts that apply to the snapshot, most severe first. Re-raising is expected: the caller
     * keeps only candidates whose dedup key it has not stored yet.
     *
     * <p>Held while a red flag was reported in the last 7 days or the current week is paused:
     * WEEKLY_GOAL_AT_RISK and COMEBACK (the NUDGE prompts) and also ADD_STRENGTH, which is INFO but
     * asks for more training, something not to suggest while the user was told to stop and get
     * checked or has paused for a flare-up or illness.
     */
    public static List<PromptCandidate> evaluate(ProgressSnapshot s) {
        List<PromptCandidate> prompts = new ArrayList<>(redFlags(s));
        seeAClinician(s).ifPresent(prompts::add);
        painAfterSession(s).ifPresent(prompts::add);
        boolean hold = redFlagHold(s) || s.currentWeek().paused();
        if (!hold) {
            weeklyGoalAtRisk(s).ifPresent(prompts::add);
            comeback(s).ifPresent(prompts::add);
            addStrength(s).ifPresent(prompts::add);
        }
        goalMet(s).ifPresent(prompts::add);
        streakMilestone(s).ifPresent(prompts::add);
        prompts.sort(Comparator.comparing(PromptCandidate::severity).reversed()
                .thenComparing(PromptCandidate::type));
        return List.copyOf(prompts);
    }

    /** Whether a check-in with a red flag lies in the last 7 days, holding nudges back. */
    public static boolean redFlagHold(ProgressSnapshot s) {
        LocalDate from = s.today().minusDays(RED_FLAG_HOLD_DAYS - 1L);
        return s.redFlags().stream()
                .anyMatch(r -> !r.redFlags().isEmpty() && WeekCalendar.within(r.localDate(), from, s.today()));
    }

    /**
     * One URGENT prompt per day with red flags in the hold window. Its period key carries the
     * urgency, so chest pain reported after a same-day numbness report still gets through dedup.
     */
    private static List<PromptCandidate> redFlags(ProgressSnapshot s) {
        LocalDate from = s.today().minusDays(RED_FLAG_HOLD_DAYS - 1L);
        Map<LocalDate, Set<RedFlag>> byDay = new TreeMap<>();
        for (RedFlagReport report : s.redFlags()) {
            if (!report.redFlags().isEmpty() && WeekCalendar.within(report.localDate(), from, s.today())) {
                byDay.computeIfAbsent(report.localDate(), d -> new HashSet<>()).addAll(report.redFlags());
            }
        }
        List<PromptCandidate> prompts = new ArrayList<>();
        byDay.forEach((day, codes) -> {
            boolean immediate = codes.stream().anyMatch(code -> code.urgency() == Urgency.IMMEDIATE);
            String key = day + (immediate ? ":IMMEDIATE" : ":SOON");
            prompts.add(immediate ? PromptWording.redFlagImmediate(key, codes) : PromptWording.redFlagSoon(key, codes));
        });
        return prompts;
    }

    private static Optional<PromptCandidate> seeAClinician(ProgressSnapshot s) {
        LocalDate from = s.today().minusDays(CLINICIAN_WINDOW_DAYS - 1L);
        Double average = PainAnalysis.averageBetween(s.readings(), from, s.today());
        long sessions = sessionsBetween(s.facts(), from, s.today());
        if (average == null || average < CLINICIAN_PAIN_AVERAGE || s.pain().trend() == PainTrend.IMPROVING
                || sessions < CLINICIAN_MIN_SESSIONS) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.seeAClinician(s.currentWeek().weekStart().toString(), average, sessions));
    }

    private static Optional<PromptCandidate> painAfterSession(ProgressSnapshot s) {
        LocalDate from = s.today().minusDays(PAIN_RISE_WINDOW_DAYS - 1L);
        List<LocalDate> painful = s.facts().stream()
                .filter(f -> f.hasPainChange() && f.painAfter() >= f.painBefore() + PAIN_RISE)
                .map(SessionFact::localDate)
                .filter(d -> WeekCalendar.within(d, from, s.today()))
                .sorted()
                .toList();
        if (painful.size() < PAIN_RISE_SESSIONS) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.painAfterSession(painful.get(painful.size() - 1).toString()));
    }

    private static Optional<PromptCandidate> weeklyGoalAtRisk(ProgressSnapshot s) {
        CurrentWeek week = s.currentWeek();
        if (week.remaining() <= 0 || week.daysLeft() > week.remaining() + 1) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.weeklyGoalAtRisk(week.weekStart().toString(), week.remaining(),
                week.daysLeft()));
    }

    private static Optional<PromptCandidate> comeback(ProgressSnapshot s) {
        LocalDate last = s.lastSessionDate();
        if (last == null || last.isAfter(s.today().minusDays(COMEBACK_AFTER_DAYS))
                || WeekCalendar.isPausedDay(s.today(), s.pauses())) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(last, s.today());
        return Optional.of(PromptWording.comeback("since-" + last, days));
    }

    private static Optional<PromptCandidate> goalMet(ProgressSnapshot s) {
        CurrentWeek week = s.currentWeek();
        if (!week.goalMet()) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.goalMet(week.weekStart().toString(), week.activeDays()));
    }

    private static Optional<PromptCandidate> streakMilestone(ProgressSnapshot s) {
        int weeks = s.streak().currentWeeks();
        if (!STREAK_MILESTONES.contains(weeks) || s.streakLastWeek() == null) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.streakMilestone("streak-" + weeks + ":" + s.streakLastWeek(), weeks));
    }

    private static Optional<PromptCandidate> addStrength(ProgressSnapshot s) {
        LocalDate from = s.today().minusDays(STRENGTH_WINDOW_DAYS - 1L);
        List<SessionFact> recent = s.facts().stream()
                .filter(f -> WeekCalendar.within(f.localDate(), from, s.today()))
                .toList();
        if (recent.size() < STRENGTH_MIN_SESSIONS
                || recent.stream().anyMatch(f -> f.kind() == RoutineKind.STRENGTH)) {
            return Optional.empty();
        }
        return Optional.of(PromptWording.addStrength(s.currentWeek().weekStart().toString()));
    }

    private static long sessionsBetween(List<SessionFact> facts, LocalDate from, LocalDate to) {
        return facts.stream().filter(f -> WeekCalendar.within(f.localDate(), from, to)).count();
    }
}
