package org.backhabit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code user.erasure-confirmed.v1} on {@code erasure-receipts}: a service reports that it
 * deleted everything it held about the user named by a {@code user.erased.v1}. session-service
 * collects the receipts and reports an erasure as done once every expected service confirmed.
 */
public record ErasureConfirmedData(int schemaVersion, UUID erasureId, String userId, String service, OffsetDateTime erasedAt) {

    public static final int SCHEMA_VERSION = 1;
}
