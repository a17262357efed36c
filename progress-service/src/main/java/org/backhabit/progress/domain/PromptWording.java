package org.backhabit.progress.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * What each prompt says. Supportive and never diagnosing: prompts describe what the user reported
 * and what to do, following the seed articles' advice on when to seek help.
 */
final class PromptWording {

    private PromptWording() {
    }

    static PromptCandidate redFlagImmediate(String periodKey, Collection<String> codes) {
        return new PromptCandidate(PromptType.RED_FLAG, Severity.URGENT, periodKey,
                "Stop and get medical help now",
                "You reported " + RedFlags.describe(codes) + ". Together with back pain this needs "
                        + "medical attention right away: stop the routine and call your local emergency number "
                        + "or go to urgent care now. Don't wait to see whether it passes. "
                        + "Exercise reminders are paused for 7 days.");
    }

    static PromptCandidate redFlagSoon(String periodKey, Collection<String> codes) {
        return new PromptCandidate(PromptType.RED_FLAG, Severity.URGENT, periodKey,
                "Please have this checked by a doctor",
                "You reported " + RedFlags.describe(codes) + ". Signs like this should be looked at by a "
                        + "doctor soon rather than worked through at home, so stop the routine until you have "
                        + "been seen. If you get chest pain or trouble breathing, call emergency services. "
                        + "Exercise reminders are paused for 7 days.");
    }

    static PromptCandidate seeAClinician(String periodKey, double average, long sessions) {
        return new PromptCandidate(PromptType.SEE_A_CLINICIAN, Severity.WARNING, periodKey,
                "Time to talk to a professional",
                String.format(Locale.ROOT, "Your pain has averaged %.1f out of 10 over the last two weeks and "
                        + "is not clearly easing, even with %d sessions. When home care has not helped after "
                        + "about two weeks, a doctor or physical therapist can find out what is behind it and "
                        + "what would help. Keep moving gently in the meantime.", average, sessions));
    }

    static PromptCandidate painAfterSession(String periodKey) {
        return new PromptCandidate(PromptType.PAIN_AFTER_SESSION, Severity.WARNING, periodKey,
                "Ease off a little",
                "In at least two sessions this past week your pain was clearly higher afterwards. Try the easier "
                        + "variant of each exercise, go only as far as a comfortable pull, and never force a "
                        + "stretch. If sessions keep making the pain worse, check in with a doctor or "
                        + "physical therapist.");
    }

    static PromptCandidate weeklyGoalAtRisk(String periodKey, int remaining, int daysLeft) {
        String title = count(remaining, "session") + " left, " + count(daysLeft, "day") + " to go";
        String message = remaining <= daysLeft
                ? "A short routine today keeps this week's goal within reach. Even a few minutes of desk "
                        + "stretches counts as an active day."
                : "The full goal may be out of reach this week, and that's fine: every active day still "
                        + "counts toward your consistency score.";
        return new PromptCandidate(PromptType.WEEKLY_GOAL_AT_RISK, Severity.NUDGE, periodKey, title, message);
    }

    static PromptCandidate comeback(String periodKey, long daysSinceLastSession) {
        return new PromptCandidate(PromptType.COMEBACK, Severity.NUDGE, periodKey,
                "Ready for a gentle restart?",
                "It's been " + count(daysSinceLastSession, "day") + " since your last session. A short desk "
                        + "routine is an easy way back in: a few minutes is enough to restart the habit.");
    }

    static PromptCandidate goalMet(String periodKey, int activeDays) {
        return new PromptCandidate(PromptType.GOAL_MET, Severity.INFO, periodKey,
                "Weekly goal reached",
                "You were active on " + count(activeDays, "day") + " this week, which meets your goal. "
                        + "Anything more is a bonus, and rest days are part of the plan too.");
    }

    static PromptCandidate streakMilestone(String periodKey, int weeks) {
        return new PromptCandidate(PromptType.STREAK_MILESTONE, Severity.INFO, periodKey,
                weeks + " weeks in a row",
                "You have met your goal " + weeks + " weeks running. Small, steady sessions like these are "
                        + "what makes a lasting difference for your back.");
    }

    static PromptCandidate addStrength(String periodKey) {
        return new PromptCandidate(PromptType.ADD_STRENGTH, Severity.INFO, periodKey,
                "Add some strength work",
                "Your recent sessions were all stretching, mobility or relief. A strength routine two or three "
                        + "times a week builds up the muscles between your shoulder blades, which helps keep "
                        + "the pain from coming back.");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
