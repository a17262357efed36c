package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(description = "Everything session-service holds about the caller: every session with its exercises and notes, "
        + "every check-in with its areas and red flags. POST it back to /me/import to restore it.")
public record SessionExport(
        @Schema(description = "Always " + SessionExport.FORMAT) String format,
        @Schema(description = "Version of this document's shape") int version,
        String userId,
        OffsetDateTime exportedAt,
        @Schema(description = "Oldest first") List<SessionView> sessions,
        @Schema(description = "Oldest first") List<CheckInView> checkIns) {

    public static final String FORMAT = "backhabit.sessions";
    public static final int VERSION = 1;
}
