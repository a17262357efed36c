package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import added. Records already present (same id) are left as they are, so importing twice adds nothing.")
public record ImportReport(int sessionsImported, int sessionsAlreadyPresent, int checkInsImported, int checkInsAlreadyPresent) {
}
