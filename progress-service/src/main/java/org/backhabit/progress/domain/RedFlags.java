package org.backhabit.progress.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    private RedFlags() {
    }

    /** Whether any of the codes needs care immediately. */
    public static boolean anyImmediate(Collection<String> codes) {
        return codes.stream().anyMatch(IMMEDIATE::contains);
    }

    /** The codes with immediate ones first, then alphabetically: the order a prompt names them in. */
    static List<String> ordered(Collection<String> codes) {
        return codes.stream()
                .sorted((a, b) -> {
                    int urgency = Boolean.compare(IMMEDIATE.contains(b), IMMEDIATE.contains(a));
                    return urgency != 0 ? urgency : a.compareTo(b);
                })
                .toList();
    }
}
