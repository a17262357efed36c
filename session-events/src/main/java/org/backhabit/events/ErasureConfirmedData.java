package org.backhabit.events;

import org.apache.kafka.common.header.Headers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Data of {@code user.erasure-confirmed.v1} on {@code erasure-receipts}: a service reports that it
 * deleted everything it held about the user named by a {@code user.erased.v1}. session-service
 * collects the receipts and reports an erasure as done once every expected service confirmed.
 */
public record ErasureConfirmedData(int schemaVersion, UUID erasureId, String userId, String service, OffsetDateTime erasedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** A receipt as it goes onto {@code erasure-receipts}: keyed by the user, with CloudEvents headers. */
    public record Receipt(String key, String value, Headers headers) {
    }

    /** The receipt of {@code service} for an erasure it carried out at {@code at}. */
    public static Receipt receipt(UUID erasureId, String userId, String service, Instant at) {
        ErasureConfirmedData data = new ErasureConfirmedData(SCHEMA_VERSION, erasureId, userId, service, at.atOffset(ZoneOffset.UTC));
        return new Receipt(userId, EventJson.write(data),
                CloudEventHeaders.of(UUID.randomUUID(), "/" + service, EventTypes.ERASURE_CONFIRMED, at, userId));
    }
}
