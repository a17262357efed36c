package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A person's event key, for a trusted consumer to open sealed event data. Gone once the person is erased.")
public record EventKeyView(UUID keyId, @Schema(description = "The AES-256 key, base64") String key) {
}
