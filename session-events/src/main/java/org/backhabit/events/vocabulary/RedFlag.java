package org.backhabit.events.vocabulary;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warning signs a person can report in a check-in, each with how urgently it needs care. The
 * catalog's guidance describes exactly these, session-service accepts exactly these, and
 * progress-service raises an URGENT prompt for each (see the seed articles' "when to seek help").
 */
public enum RedFlag {
    NUMBNESS_OR_TINGLING(Urgency.SOON),
    ARM_WEAKNESS(Urgency.SOON),
    CHEST_PAIN(Urgency.IMMEDIATE),
    SHORTNESS_OF_BREATH(Urgency.IMMEDIATE),
    DIZZINESS_OR_NAUSEA(Urgency.IMMEDIATE),
    FEVER_OR_CHILLS(Urgency.SOON),
    RECENT_INJURY(Urgency.SOON),
    NIGHT_PAIN(Urgency.SOON),
    WORSENING(Urgency.SOON),
    RADIATING_PAIN(Urgency.SOON),
    PAIN_PERSISTS(Urgency.SOON);

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** The codes that call for emergency care right away. */
    public static Set<RedFlag> immediate() {
        return Arrays.stream(values()).filter(f -> f.urgency == Urgency.IMMEDIATE).collect(Collectors.toUnmodifiableSet());
    }
}
