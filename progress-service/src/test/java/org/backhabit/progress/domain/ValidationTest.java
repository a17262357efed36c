package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RoutineKind;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = Instant.parse("2026-11-20T17:00:00Z");

    @Test
    void goalDefaultsToThreeDaysAWeekStartingMonday() {
        assertEquals(new Goal(3, BERLIN, DayOfWeek.MONDAY), Goal.defaults(BERLIN));
    }

    @Test
    void goalAcceptsOneToSevenDaysAndMondayOrSundayWeeks() {
        assertDoesNotThrow(() -> new Goal(1, BERLIN, DayOfWeek.SUNDAY));
        assertDoesNotThrow(() -> new Goal(7, BERLIN, DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new Goal(0, BERLIN, DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new Goal(8, BERLIN, DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new Goal(3, BERLIN, DayOfWeek.SATURDAY));
        assertThrows(IllegalArgumentException.class, () -> new Goal(3, BERLIN, null));
        assertThrows(IllegalArgumentException.class, () -> new Goal(3, null, DayOfWeek.MONDAY));
    }

    @Test
    void painLevelsMustBeOnTheZeroToTenScale() {
        assertDoesNotThrow(() -> new SessionFact(UUID.randomUUID(), DAY, AT, RoutineKind.RELIEF, 10, 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionFact(UUID.randomUUID(), DAY, AT, RoutineKind.RELIEF, 10, 11, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionFact(UUID.randomUUID(), DAY, AT, RoutineKind.RELIEF, 10, null, -1));
        assertThrows(IllegalArgumentException.class, () -> new PainReading(AT, DAY, 11));
    }

    @Test
    void sessionFactsNeedTheirKeyFields() {
        assertThrows(IllegalArgumentException.class,
                () -> new SessionFact(UUID.randomUUID(), null, AT, RoutineKind.RELIEF, 10, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionFact(UUID.randomUUID(), DAY, AT, null, 10, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionFact(UUID.randomUUID(), DAY, AT, RoutineKind.RELIEF, -1, null, null));
    }

    @Test
    void aPauseEndsOnOrAfterItsStart() {
        assertEquals(1, new Pause(UUID.randomUUID(), DAY, DAY, "OTHER").lengthInDays());
        assertEquals(14, new Pause(UUID.randomUUID(), DAY, DAY.plusDays(13), "OTHER").lengthInDays());
        assertThrows(IllegalArgumentException.class, () -> new Pause(UUID.randomUUID(), DAY, DAY.minusDays(1), "OTHER"));
        assertThrows(IllegalArgumentException.class, () -> new Pause(UUID.randomUUID(), null, DAY, "OTHER"));
    }

    @Test
    void sessionFactTakesItsLocalDateFromTheZone() {
        SessionFact fact = SessionFact.completedIn(UUID.randomUUID(), Instant.parse("2026-11-20T23:30:00Z"), BERLIN,
                RoutineKind.STRENGTH, 10, null, null);
        assertEquals(LocalDate.of(2026, 11, 21), fact.localDate());
    }
}
