package org.backhabit.events.vocabulary;

/** What a routine is for; session-service copies it onto each session, progress counts STRENGTH sessions. */
public enum RoutineKind {
    STRENGTH,
    MOBILITY,
    RELIEF,
    DESK_BREAK,
    RECOVERY
}
