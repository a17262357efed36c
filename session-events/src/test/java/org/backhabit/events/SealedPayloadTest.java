package org.backhabit.events;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedPayloadTest {

    private static final String JSON = "{\"userId\":\"alice\",\"notes\":\"sore between the shoulder blades\"}";

    @Test
    void theOwnersKeyOpensWhatItSealed() {
        byte[] key = SealedPayload.newKey();
        String sealed = SealedPayload.seal("k-1", key, JSON);
        assertEquals("k-1", SealedPayload.keyId(sealed));
        assertEquals(JSON, SealedPayload.open(sealed, key));
    }

    @Test
    void theSealedValueShowsNothingOfTheData() {
        String sealed = SealedPayload.seal("k-1", SealedPayload.newKey(), JSON);
        assertFalse(sealed.contains("alice"));
        assertFalse(sealed.contains("shoulder"));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = SealedPayload.seal("k-1", SealedPayload.newKey(), JSON);
        assertThrows(MalformedEventException.class, () -> SealedPayload.open(sealed, SealedPayload.newKey()));
    }

    @Test
    void aSwappedKeyIdIsDetected() {
        byte[] key = SealedPayload.newKey();
        String sealed = SealedPayload.seal("k-1", key, JSON).replace("\"k-1\"", "\"k-2\"");
        assertThrows(MalformedEventException.class, () -> SealedPayload.open(sealed, key));
    }

    @Test
    void plainJsonIsNotASealedValue() {
        assertThrows(MalformedEventException.class, () -> SealedPayload.keyId(JSON));
        assertThrows(MalformedEventException.class, () -> SealedPayload.keyId("not json"));
    }

    @Test
    void erasureConformsToItsSchema() {
        String json = EventJson.write(new UserErasedData(1, UUID.randomUUID(), "alice", OffsetDateTime.parse("2026-11-22T03:00:00Z")));
        assertTrue(EventSchemas.violations(EventTypes.USER_ERASED, json).isEmpty());
        assertFalse(EventSchemas.violations(EventTypes.USER_ERASED, "{\"schemaVersion\":1}").isEmpty());
    }
}
