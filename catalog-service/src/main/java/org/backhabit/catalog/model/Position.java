package org.backhabit.catalog.model;

/** The body position an exercise is done in. */
public enum Position {
    SEATED, STANDING, FLOOR, ALL_FOURS, LYING
}
