package org.backhabit.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T18:30:00+01:00");

    private static SessionData session(int painBefore) {
        return new SessionData(SessionData.SCHEMA_VERSION, UUID.randomUUID(), "user-1", 1, "posture-strength", "STRENGTH",
                List.of("shoulder-rolls", "wall-angels"), AT, "Europe/Berlin", LocalDate.of(2026, 11, 20), 14, painBefore, 3, 6);
    }

    @Test
    void sessionDataConformsToBothSessionSchemas() {
        String json = EventJson.write(session(5));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.SESSION_RECORDED, json)));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.SESSION_CORRECTED, json)));
    }

    @Test
    void painOutOfRangeViolatesTheSchema() {
        assertFalse(EventSchemas.violations(EventTypes.SESSION_RECORDED, EventJson.write(session(11))).isEmpty());
    }

    @Test
    void missingRequiredFieldViolatesTheSchema() {
        assertFalse(EventSchemas.violations(EventTypes.SESSION_DELETED, "{\"schemaVersion\":1}").isEmpty());
    }

    @Test
    void deletionAndCheckInAndPromptConform() {
        String deleted = EventJson.write(new SessionDeletedData(1, UUID.randomUUID(), "u", AT));
        String checkIn = EventJson.write(new CheckInData(1, UUID.randomUUID(), "u", AT, "Europe/Berlin",
                LocalDate.of(2026, 11, 20), 6, List.of("NECK"), List.of("CHEST_PAIN")));
        String prompt = EventJson.write(new PromptData(1, UUID.randomUUID(), "u", "GOAL_MET", "INFO", "t", "m", AT));
        assertTrue(EventSchemas.violations(EventTypes.SESSION_DELETED, deleted).isEmpty());
        assertTrue(EventSchemas.violations(EventTypes.CHECKIN_RECORDED, checkIn).isEmpty());
        assertTrue(EventSchemas.violations(EventTypes.PROMPT_RAISED, prompt).isEmpty());
    }

    @Test
    void pauseEventsConform() {
        UUID id = UUID.randomUUID();
        String recorded = EventJson.write(new PauseData(1, id, "u", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), "TRAVEL", AT));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.PAUSE_RECORDED, recorded)));
        assertEquals(List.of(), List.copyOf(EventSchemas.violations(EventTypes.PAUSE_DELETED,
                EventJson.write(new PauseDeletedData(1, id, "u", AT)))));
        assertFalse(EventSchemas.violations(EventTypes.PAUSE_RECORDED, recorded.replace("TRAVEL", "HOLIDAY")).isEmpty());
    }

    @Test
    void roundTripKeepsTheOffsetAndLocalDate() {
        SessionData original = session(4);
        SessionData read = EventJson.read(EventJson.write(original), SessionData.class);
        assertEquals(original, read);
        assertEquals(AT.getOffset(), read.completedAt().getOffset());
    }

    @Test
    void unreadableDataIsAMalformedEvent() {
        assertThrows(MalformedEventException.class, () -> EventJson.read("{not json", SessionData.class));
    }

    @Test
    void unknownTypeHasNoSchema() {
        assertThrows(IllegalArgumentException.class, () -> EventSchemas.schema("session.exploded.v9"));
    }
}
