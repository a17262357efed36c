package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.Urgency;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What each prompt says, in English and German. Supportive and never diagnosing: prompts describe
 * what the user reported and what to do, following the seed articles' advice on when to seek help.
 * A prompt is stored as a stable message key and its parameters; the words are rendered when it
 * is read, in the reader's language, so front ends may also render their own from the key.
 */
public final class PromptWording {

    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    /** The languages prompts are worded in; English is the fallback. */
    public static final List<String> LANGUAGES = List.of(ENGLISH, GERMAN);

    /** A prompt's title and message in one language. */
    public record Text(String title, String message) {
    }

    private PromptWording() {
    }

    // ------------------------------------------------------------ the prompts the rules raise

    static PromptCandidate redFlagImmediate(String periodKey, Collection<RedFlag> codes) {
        return new PromptCandidate(PromptType.RED_FLAG, Severity.URGENT, periodKey, "red-flag.immediate",
                Map.of("codes", ordered(codes)));
    }

    static PromptCandidate redFlagSoon(String periodKey, Collection<RedFlag> codes) {
        return new PromptCandidate(PromptType.RED_FLAG, Severity.URGENT, periodKey, "red-flag.soon",
                Map.of("codes", ordered(codes)));
    }

    /** The codes with immediate ones first, then alphabetically: the order a prompt names them in. */
    static List<String> ordered(Collection<RedFlag> codes) {
        return codes.stream()
                .sorted(Comparator.comparing((RedFlag code) -> code.urgency() != Urgency.IMMEDIATE).thenComparing(Enum::name))
                .map(Enum::name)
                .toList();
    }

    static PromptCandidate seeAClinician(String periodKey, double average, long sessions) {
        return new PromptCandidate(PromptType.SEE_A_CLINICIAN, Severity.WARNING, periodKey, "see-a-clinician",
                ordered("averagePain", Math.round(average * 10) / 10.0, "sessions", sessions));
    }

    static PromptCandidate painAfterSession(String periodKey) {
        return new PromptCandidate(PromptType.PAIN_AFTER_SESSION, Severity.WARNING, periodKey, "pain-after-session", Map.of());
    }

    static PromptCandidate weeklyGoalAtRisk(String periodKey, int remaining, int daysLeft) {
        String key = remaining <= daysLeft ? "weekly-goal-at-risk.within-reach" : "weekly-goal-at-risk.out-of-reach";
        return new PromptCandidate(PromptType.WEEKLY_GOAL_AT_RISK, Severity.NUDGE, periodKey, key,
                ordered("remaining", remaining, "daysLeft", daysLeft));
    }

    static PromptCandidate comeback(String periodKey, long daysSinceLastSession) {
        return new PromptCandidate(PromptType.COMEBACK, Severity.NUDGE, periodKey, "comeback",
                Map.of("daysSinceLastSession", daysSinceLastSession));
    }

    static PromptCandidate goalMet(String periodKey, int activeDays) {
        return new PromptCandidate(PromptType.GOAL_MET, Severity.INFO, periodKey, "goal-met", Map.of("activeDays", activeDays));
    }

    static PromptCandidate streakMilestone(String periodKey, int weeks) {
        return new PromptCandidate(PromptType.STREAK_MILESTONE, Severity.INFO, periodKey, "streak-milestone", Map.of("weeks", weeks));
    }

    static PromptCandidate addStrength(String periodKey) {
        return new PromptCandidate(PromptType.ADD_STRENGTH, Severity.INFO, periodKey, "add-strength", Map.of());
    }

    // ------------------------------------------------------------ rendering

    /** Every message key a prompt can carry. */
    public static List<String> messageKeys() {
        return ENGLISH_TEXTS.keySet().stream().sorted().toList();
    }

    public static boolean knows(String messageKey) {
        return ENGLISH_TEXTS.containsKey(messageKey);
    }

    /**
     * The prompt's words in a language of {@link #LANGUAGES} (English for any other).
     *
     * @throws IllegalArgumentException for a key this class does not know
     */
    public static Text render(String messageKey, Map<String, ?> params, String language) {
        Map<String, Function<Params, Text>> texts = GERMAN.equals(language) ? GERMAN_TEXTS : ENGLISH_TEXTS;
        Function<Params, Text> text = texts.get(messageKey);
        if (text == null) {
            throw new IllegalArgumentException("unknown prompt message key " + messageKey);
        }
        return text.apply(new Params(params));
    }

    /** Parameters as stored (numbers may come back as any Number, lists as lists). */
    private record Params(Map<String, ?> values) {
        long number(String name) {
            return ((Number) values.get(name)).longValue();
        }

        double decimal(String name) {
            return ((Number) values.get(name)).doubleValue();
        }

        List<String> codes() {
            Object codes = values.get("codes");
            return codes == null ? List.of() : ((Collection<?>) codes).stream().map(String::valueOf).toList();
        }
    }

    /** Every code of the shared vocabulary in words; a test checks that none is missing. */
    static final Map<String, String> RED_FLAGS_EN = Map.ofEntries(
            Map.entry(RedFlag.CHEST_PAIN.name(), "chest pain"),
            Map.entry(RedFlag.SHORTNESS_OF_BREATH.name(), "shortness of breath"),
            Map.entry(RedFlag.DIZZINESS_OR_NAUSEA.name(), "dizziness or nausea"),
            Map.entry(RedFlag.NUMBNESS_OR_TINGLING.name(), "numbness or tingling"),
            Map.entry(RedFlag.ARM_WEAKNESS.name(), "weakness in an arm"),
            Map.entry(RedFlag.FEVER_OR_CHILLS.name(), "fever or chills"),
            Map.entry(RedFlag.RECENT_INJURY.name(), "pain after an injury"),
            Map.entry(RedFlag.NIGHT_PAIN.name(), "pain that wakes you at night"),
            Map.entry(RedFlag.WORSENING.name(), "pain that keeps getting worse"),
            Map.entry(RedFlag.RADIATING_PAIN.name(), "pain spreading into your arms or chest"),
            Map.entry(RedFlag.PAIN_PERSISTS.name(), "pain that has not eased with home care"));

    static final Map<String, String> RED_FLAGS_DE = Map.ofEntries(
            Map.entry(RedFlag.CHEST_PAIN.name(), "Brustschmerzen"),
            Map.entry(RedFlag.SHORTNESS_OF_BREATH.name(), "Atemnot"),
            Map.entry(RedFlag.DIZZINESS_OR_NAUSEA.name(), "Schwindel oder Übelkeit"),
            Map.entry(RedFlag.NUMBNESS_OR_TINGLING.name(), "Taubheit oder Kribbeln"),
            Map.entry(RedFlag.ARM_WEAKNESS.name(), "Schwäche in einem Arm"),
            Map.entry(RedFlag.FEVER_OR_CHILLS.name(), "Fieber oder Schüttelfrost"),
            Map.entry(RedFlag.RECENT_INJURY.name(), "Schmerzen nach einer Verletzung"),
            Map.entry(RedFlag.NIGHT_PAIN.name(), "Schmerzen, die dich nachts aufwecken"),
            Map.entry(RedFlag.WORSENING.name(), "immer stärker werdende Schmerzen"),
            Map.entry(RedFlag.RADIATING_PAIN.name(), "Schmerzen, die in die Arme oder die Brust ausstrahlen"),
            Map.entry(RedFlag.PAIN_PERSISTS.name(), "Schmerzen, die trotz Selbstbehandlung nicht nachlassen"));

    private static final Map<String, Function<Params, Text>> ENGLISH_TEXTS = Map.of(
            "red-flag.immediate", p -> new Text("Stop and get medical help now",
                    "You reported " + list(p.codes(), RED_FLAGS_EN, "and") + ". Together with back pain this needs "
                            + "medical attention right away: stop the routine and call your local emergency number "
                            + "or go to urgent care now. Don't wait to see whether it passes. "
                            + "Exercise reminders are paused for 7 days."),
            "red-flag.soon", p -> new Text("Please have this checked by a doctor",
                    "You reported " + list(p.codes(), RED_FLAGS_EN, "and") + ". Signs like this should be looked at by a "
                            + "doctor soon rather than worked through at home, so stop the routine until you have "
                            + "been seen. If you get chest pain or trouble breathing, call emergency services. "
                            + "Exercise reminders are paused for 7 days."),
            "see-a-clinician", p -> new Text("Time to talk to a professional",
                    String.format(Locale.ROOT, "Your pain has averaged %.1f out of 10 over the last two weeks and "
                            + "is not clearly easing, even with %d sessions. When home care has not helped after "
                            + "about two weeks, a doctor or physical therapist can find out what is behind it and "
                            + "what would help. Keep moving gently in the meantime.", p.decimal("averagePain"), p.number("sessions"))),
            "pain-after-session", p -> new Text("Ease off a little",
                    "In at least two sessions this past week your pain was clearly higher afterwards. Try the easier "
                            + "variant of each exercise, go only as far as a comfortable pull, and never force a "
                            + "stretch. If sessions keep making the pain worse, check in with a doctor or "
                            + "physical therapist."),
            "weekly-goal-at-risk.within-reach", p -> new Text(sessionsLeftEn(p),
                    "A short routine today keeps this week's goal within reach. Even a few minutes of desk "
                            + "stretches counts as an active day."),
            "weekly-goal-at-risk.out-of-reach", p -> new Text(sessionsLeftEn(p),
                    "The full goal may be out of reach this week, and that's fine: every active day still "
                            + "counts toward your consistency score."),
            "comeback", p -> new Text("Ready for a gentle restart?",
                    "It's been " + count(p.number("daysSinceLastSession"), "day", "days") + " since your last session. A short desk "
                            + "routine is an easy way back in: a few minutes is enough to restart the habit."),
            "goal-met", p -> new Text("Weekly goal reached",
                    "You were active on " + count(p.number("activeDays"), "day", "days") + " this week, which meets your goal. "
                            + "Anything more is a bonus, and rest days are part of the plan too."),
            "streak-milestone", p -> new Text(p.number("weeks") + " weeks in a row",
                    "You have met your goal " + p.number("weeks") + " weeks running. Small, steady sessions like these are "
                            + "what makes a lasting difference for your back."),
            "add-strength", p -> new Text("Add some strength work",
                    "Your recent sessions were all stretching, mobility or relief. A strength routine two or three "
                            + "times a week builds up the muscles between your shoulder blades, which helps keep "
                            + "the pain from coming back."));

    private static final Map<String, Function<Params, Text>> GERMAN_TEXTS = Map.of(
            "red-flag.immediate", p -> new Text("Hör auf und hol dir sofort ärztliche Hilfe",
                    "Du hast Folgendes angegeben: " + list(p.codes(), RED_FLAGS_DE, "und") + ". Zusammen mit Rückenschmerzen muss das "
                            + "sofort ärztlich abgeklärt werden: Brich das Programm ab und ruf den Notruf oder geh jetzt "
                            + "in eine Notaufnahme. Warte nicht ab, ob es von selbst vergeht. "
                            + "Die Übungserinnerungen pausieren 7 Tage."),
            "red-flag.soon", p -> new Text("Bitte lass das ärztlich abklären",
                    "Du hast Folgendes angegeben: " + list(p.codes(), RED_FLAGS_DE, "und") + ". Solche Anzeichen sollten bald ärztlich "
                            + "untersucht werden, statt sie zu Hause durchzustehen. Setz das Programm deshalb aus, bis "
                            + "du untersucht worden bist. Wenn Brustschmerzen oder Atemnot dazukommen, ruf den Notruf. "
                            + "Die Übungserinnerungen pausieren 7 Tage."),
            "see-a-clinician", p -> new Text("Zeit, fachlichen Rat zu holen",
                    String.format(Locale.GERMAN, "Deine Schmerzen lagen in den letzten zwei Wochen im Schnitt bei %.1f von 10 "
                            + "und lassen nicht deutlich nach, obwohl du %s gemacht hast. Wenn die Behandlung zu Hause "
                            + "nach etwa zwei Wochen nicht geholfen hat, können eine Ärztin, ein Arzt oder eine "
                            + "Physiotherapeutin herausfinden, was dahintersteckt und was helfen würde. Bleib bis dahin "
                            + "sanft in Bewegung.", p.decimal("averagePain"), count(p.number("sessions"), "Einheit", "Einheiten"))),
            "pain-after-session", p -> new Text("Mach etwas langsamer",
                    "In mindestens zwei Einheiten dieser Woche waren deine Schmerzen danach deutlich stärker. Probier "
                            + "bei jeder Übung die leichtere Variante, geh nur bis zu einem angenehmen Ziehen und "
                            + "erzwinge nie eine Dehnung. Wenn die Einheiten die Schmerzen weiter verschlimmern, "
                            + "sprich mit einer Ärztin, einem Arzt oder in der Physiotherapie darüber."),
            "weekly-goal-at-risk.within-reach", p -> new Text(sessionsLeftDe(p),
                    "Ein kurzes Programm heute hält das Wochenziel in Reichweite. Schon ein paar Minuten Dehnen "
                            + "am Schreibtisch zählen als aktiver Tag."),
            "weekly-goal-at-risk.out-of-reach", p -> new Text(sessionsLeftDe(p),
                    "Das volle Ziel ist diese Woche vielleicht nicht mehr zu schaffen, und das ist in Ordnung: "
                            + "Jeder aktive Tag zählt trotzdem für deinen Beständigkeitswert."),
            "comeback", p -> new Text("Bereit für einen sanften Neustart?",
                    "Deine letzte Einheit ist " + count(p.number("daysSinceLastSession"), "Tag", "Tage") + " her. Ein kurzes "
                            + "Programm am Schreibtisch ist ein leichter Wiedereinstieg: Schon ein paar Minuten reichen, "
                            + "um die Gewohnheit wieder aufzunehmen."),
            "goal-met", p -> new Text("Wochenziel erreicht",
                    "Du warst diese Woche an " + count(p.number("activeDays"), "Tag", "Tagen") + " aktiv und hast damit dein "
                            + "Ziel erreicht. Alles darüber hinaus ist ein Bonus, und Ruhetage gehören auch zum Plan."),
            "streak-milestone", p -> new Text(p.number("weeks") + " Wochen in Folge",
                    "Du hast dein Ziel " + p.number("weeks") + " Wochen in Folge erreicht. Kleine, regelmäßige Einheiten wie "
                            + "diese machen auf Dauer den Unterschied für deinen Rücken."),
            "add-strength", p -> new Text("Nimm etwas Krafttraining dazu",
                    "Deine letzten Einheiten waren alle Dehnung, Mobilisation oder Entlastung. Ein Kraftprogramm "
                            + "zwei- bis dreimal pro Woche stärkt die Muskeln zwischen deinen Schulterblättern und hilft, "
                            + "dass die Schmerzen nicht zurückkommen."));

    private static String sessionsLeftEn(Params p) {
        return count(p.number("remaining"), "session", "sessions") + " left, " + count(p.number("daysLeft"), "day", "days") + " to go";
    }

    private static String sessionsLeftDe(Params p) {
        return "Noch " + count(p.number("remaining"), "Einheit", "Einheiten") + " in " + count(p.number("daysLeft"), "Tag", "Tagen");
    }

    /** The codes in plain words, in the order given, e.g. "chest pain and numbness or tingling". */
    private static String list(List<String> codes, Map<String, String> words, String and) {
        List<String> named = codes.stream()
                .map(code -> words.getOrDefault(code, code.toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList();
        if (named.size() <= 1) {
            return String.join("", named);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " " + and + " " + named.get(named.size() - 1);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(k1, v1);
        params.put(k2, v2);
        return params;
    }
}
