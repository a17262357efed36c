package org.backhabit.session;

import org.backhabit.session.service.LoopCheckmarks;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoopCheckmarksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void headerlessNumericFileFromOlderVersions() {
        assertEquals(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)),
                List.copyOf(LoopCheckmarks.checkedDays("2026-11-03,2\r\n2026-11-02,0\r\n2026-11-01,2\r\n\r\n", null, TODAY)));
    }

    @Test
    void quotedNotesWithCommasAndQuotes() {
        assertEquals(1, LoopCheckmarks.checkedDays("Date,Value,Notes\n2026-11-01,YES_MANUAL,\"a, \"\"b\"\"\"\n", null, TODAY).size());
    }

    @Test
    void aFutureDayIsABadLine() {
        LoopCheckmarks.BadLine bad = assertThrows(LoopCheckmarks.BadLine.class,
                () -> LoopCheckmarks.checkedDays("Date,Value\n2026-11-01,2\n2026-11-23,2\n", null, TODAY));
        assertEquals(3, bad.line);
    }

    @Test
    void anUnclosedQuoteIsABadLine() {
        assertEquals(2, assertThrows(LoopCheckmarks.BadLine.class,
                () -> LoopCheckmarks.checkedDays("Date,Value,Notes\n2026-11-01,2,\"open\n", null, TODAY)).line);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(LoopCheckmarks.BadLine.class, () -> LoopCheckmarks.checkedDays("\n\n", null, TODAY));
    }

    @Test
    void anUnknownHabitIsNamed() {
        assertEquals(1, assertThrows(LoopCheckmarks.BadLine.class,
                () -> LoopCheckmarks.checkedDays("Date,Read,Run\n2026-11-01,2,2\n", "Swim", TODAY)).line);
    }
}
