package org.backhabit.progress.domain;

/** What a completed session trained; mirrors the routine kinds of the catalog. */
public enum SessionKind {
    STRENGTH,
    MOBILITY,
    RELIEF,
    DESK_BREAK,
    RECOVERY
}
