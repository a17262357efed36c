package org.backhabit.session.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "The key ids a consumer's batch of sealed events names")
public record EventKeyLookup(
        @Schema(description = "1 to 500 key ids, as sealed event data names them") @NotNull @Size(min = 1, max = EventKeyLookup.MAX_KEYS)
        List<@NotNull UUID> keyIds) {

    public static final int MAX_KEYS = 500;
}
