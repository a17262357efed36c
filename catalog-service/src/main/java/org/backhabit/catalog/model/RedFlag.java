package org.backhabit.catalog.model;

import org.backhabit.events.vocabulary.Urgency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A warning sign for which a person should stop self-care and seek medical care.")
public record RedFlag(
        @Schema(example = "CHEST_PAIN") String code,
        String description,
        Urgency urgency) {
}
