package org.backhabit.notification.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The applicationServerKey a browser subscribes with.")
public record VapidKeyView(@Schema(description = "Uncompressed P-256 public key, base64url") String publicKey) {
}
