package org.backhabit.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), BERLIN);

    @Test
    void aWindowAcrossMidnightCoversLateEveningAndEarlyMorning() {
        assertTrue(night.isQuiet(Instant.parse("2026-11-20T21:30:00Z")));   // 22:30 CET
        assertTrue(night.isQuiet(Instant.parse("2026-11-21T05:59:00Z")));   // 06:59 CET
        assertFalse(night.isQuiet(Instant.parse("2026-11-21T06:00:00Z")));  // 07:00 CET
        assertFalse(night.isQuiet(Instant.parse("2026-11-20T20:59:00Z")));  // 21:59 CET
    }

    @Test
    void itEndsAtTheNextLocalEndTime() {
        assertEquals(Instant.parse("2026-11-21T06:00:00Z"), night.endAfter(Instant.parse("2026-11-20T21:30:00Z")));
        assertEquals(Instant.parse("2026-11-21T06:00:00Z"), night.endAfter(Instant.parse("2026-11-21T02:00:00Z")));
        Instant notQuiet = Instant.parse("2026-11-21T12:00:00Z");
        assertEquals(notQuiet, night.endAfter(notQuiet));
    }

    @Test
    void itEndsAtLocalTimeAcrossADstChange() {
        // Night of 2026-03-28 to 29: 07:00 on the 29th is already CEST.
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), night.endAfter(Instant.parse("2026-03-28T22:00:00Z")));
    }

    @Test
    void aDaytimeWindowAndAnEmptyOne() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), BERLIN);
        assertTrue(lunch.isQuiet(Instant.parse("2026-11-20T11:30:00Z")));
        assertEquals(Instant.parse("2026-11-20T12:00:00Z"), lunch.endAfter(Instant.parse("2026-11-20T11:30:00Z")));
        assertFalse(new QuietHours(LocalTime.NOON, LocalTime.NOON, BERLIN).isQuiet(Instant.parse("2026-11-20T11:00:00Z")));
    }
}
