package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Sessions newest first; pass nextCursor back as cursor for the next page (null on the last).")
public record SessionPage(List<SessionView> items, @Schema(nullable = true) String nextCursor) {
}
