package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an exercise does for the upper back. */
@Schema(description = "What an exercise does for the upper back.")
public enum Category {
    WARM_UP, STRETCH, STRENGTH, MOBILITY, SELF_MASSAGE, HEAT_COLD, BREATHING, POSTURE
}
