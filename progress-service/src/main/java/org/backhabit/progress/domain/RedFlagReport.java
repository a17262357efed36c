package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A check-in that reported warning signs (codes such as CHEST_PAIN, SHORTNESS_OF_BREATH,
 * NUMBNESS_OR_TINGLING). Kept apart from pain readings because it changes what progress may say.
 */
public record RedFlagReport(Instant at, LocalDate localDate, Set<RedFlag> redFlags) {

    public RedFlagReport {
        if (at == null || localDate == null) {
            throw new IllegalArgumentException("at and localDate are required");
        }
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
    }
}
