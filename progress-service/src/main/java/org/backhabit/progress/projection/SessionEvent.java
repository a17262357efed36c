package org.backhabit.progress.projection;

import org.backhabit.events.CheckInData;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;

import java.util.UUID;

/** A {@code session-events} record that passed its JSON Schema, with its data read. */
sealed interface SessionEvent {

    UUID eventId();

    String type();

    String userId();

    record Recorded(UUID eventId, String type, SessionData data) implements SessionEvent {
        public String userId() {
            return data.userId();
        }
    }

    record Deleted(UUID eventId, String type, SessionDeletedData data) implements SessionEvent {
        public String userId() {
            return data.userId();
        }
    }

    record CheckedIn(UUID eventId, String type, CheckInData data) implements SessionEvent {
        public String userId() {
            return data.userId();
        }
    }
}
