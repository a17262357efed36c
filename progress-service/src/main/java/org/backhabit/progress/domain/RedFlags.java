package org.backhabit.progress.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The red-flag codes a check-in can carry and how urgent each is. Chest pain and trouble breathing
 * with back pain need care immediately; the others need a doctor soon (the seed articles'
 * "when to seek help" advice).
 */
public final class RedFlags {

    public static final String CHEST_PAIN = "CHEST_PAIN";
    public static final String SHORTNESS_OF_BREATH = "SHORTNESS_OF_BREATH";

    /** Codes that call for emergency care right away. */
    public static final Set<String> IMMEDIATE = Set.of(CHEST_PAIN, SHORTNESS_OF_BREATH);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            CHEST_PAIN, "chest pain",
            SHORTNESS_OF_BREATH, "shortness of breath",
            "NUMBNESS_OR_TINGLING", "numbness or tingling",
            "ARM_WEAKNESS", "weakness in an arm",
            "FEVER_OR_CHILLS", "fever or chills",
            "RECENT_INJURY", "pain after an injury",
            "NIGHT_PAIN", "pain that wakes you at night",
            "WORSENING", "pain that keeps getting worse");

    private RedFlags() {
    }

    /** Whether any of the codes needs care immediately. */
    public static boolean anyImmediate(Collection<String> codes) {
        return codes.stream().anyMatch(IMMEDIATE::contains);
    }

    /** The codes in plain words, immediate ones first, e.g. "chest pain and numbness or tingling". */
    static String describe(Collection<String> codes) {
        var words = codes.stream()
                .sorted((a, b) -> {
                    int urgency = Boolean.compare(IMMEDIATE.contains(b), IMMEDIATE.contains(a));
                    return urgency != 0 ? urgency : a.compareTo(b);
                })
                .map(RedFlags::describe)
                .collect(Collectors.toList());
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String describe(String code) {
        String known = DESCRIPTIONS.get(code);
        return known != null ? known : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
