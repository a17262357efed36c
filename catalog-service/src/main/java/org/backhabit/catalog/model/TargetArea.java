package org.backhabit.catalog.model;

/** Muscles and regions an exercise works (the {@code muscle} filter). */
public enum TargetArea {
    NECK, TRAPEZIUS, RHOMBOIDS, THORACIC_SPINE, SHOULDERS, CHEST, LATS, LOWER_BACK, CORE, ROTATOR_CUFF
}
