package org.backhabit.progress.pause;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.backhabit.progress.history.PauseRow;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A pause of the weekly goal (dates inclusive).")
public record PauseView(UUID id, LocalDate from, LocalDate to, String reason) {

    public static PauseView of(PauseRow row) {
        return new PauseView(row.id, row.fromDate, row.toDate, row.reason);
    }
}
