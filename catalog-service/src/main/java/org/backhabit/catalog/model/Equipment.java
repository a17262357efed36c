package org.backhabit.catalog.model;

/** What a person needs at hand. */
public enum Equipment {
    NONE, WALL, CHAIR, DOORWAY, TENNIS_BALL, FOAM_ROLLER, STABILITY_BALL, RESISTANCE_BAND, DUMBBELL, HEAT_PACK, ICE_PACK, MAT
}
