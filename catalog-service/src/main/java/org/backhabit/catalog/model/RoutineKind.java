package org.backhabit.catalog.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a routine is for; session-service copies it onto each session. */
@Schema(description = "What a routine is for; session-service copies it onto each session.")
public enum RoutineKind {
    STRENGTH, MOBILITY, RELIEF, DESK_BREAK, RECOVERY
}
