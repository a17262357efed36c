package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Muscles and regions an exercise works (the {@code muscle} filter). */
@Schema(description = "Muscles and regions an exercise works (the muscle filter).")
public enum TargetArea {
    NECK, TRAPEZIUS, RHOMBOIDS, THORACIC_SPINE, SHOULDERS, CHEST, LATS, LOWER_BACK, CORE, ROTATOR_CUFF
}
