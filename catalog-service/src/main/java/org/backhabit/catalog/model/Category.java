package org.backhabit.catalog.model;

/** What an exercise does for the upper back. */
public enum Category {
    WARM_UP, STRETCH, STRENGTH, MOBILITY, SELF_MASSAGE, HEAT_COLD, BREATHING, POSTURE
}
