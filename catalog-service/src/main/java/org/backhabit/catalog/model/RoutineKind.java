package org.backhabit.catalog.model;

/** What a routine is for; session-service copies it onto each session. */
public enum RoutineKind {
    STRENGTH, MOBILITY, RELIEF, DESK_BREAK, RECOVERY
}
