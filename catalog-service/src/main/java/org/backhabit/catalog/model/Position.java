package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body position an exercise is done in. */
@Schema(description = "The body position an exercise is done in.")
public enum Position {
    SEATED, STANDING, FLOOR, ALL_FOURS, LYING
}
