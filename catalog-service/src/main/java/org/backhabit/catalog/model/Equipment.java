package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person needs at hand. */
@Schema(description = "What a person needs at hand.")
public enum Equipment {
    NONE, WALL, CHAIR, DOORWAY, TENNIS_BALL, FOAM_ROLLER, STABILITY_BALL, RESISTANCE_BAND, DUMBBELL, HEAT_PACK, ICE_PACK, MAT
}
