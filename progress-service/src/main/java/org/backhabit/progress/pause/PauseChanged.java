package org.backhabit.progress.pause;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pause stored ({@code from}, {@code to}, {@code reason} set) or removed (all three null); announced once its transaction commits. */
public record PauseChanged(UUID pauseId, String userId, LocalDate from, LocalDate to, String reason, Instant at) {

    public boolean removed() {
        return from == null;
    }
}
