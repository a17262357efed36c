package org.backhabit.progress.model;

import org.backhabit.progress.repository.PauseRow;

import java.time.LocalDate;
import java.util.UUID;

public record PauseView(UUID id, LocalDate from, LocalDate to, String reason) {

    public static PauseView of(PauseRow row) {
        return new PauseView(row.id, row.fromDate, row.toDate, row.reason);
    }
}
