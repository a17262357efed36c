package org.backhabit.events.vocabulary;

/** Where a check-in says it hurts. */
public enum BodyArea {
    BETWEEN_SHOULDER_BLADES,
    NECK,
    SHOULDERS,
    MID_BACK
}
