package org.backhabit.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParamsTest {

    enum Format { JSON, CSV }

    private static Problem.Violation refusal(Runnable parse) {
        ProblemException refused = assertThrows(ProblemException.class, parse::run);
        assertEquals(400, refused.problem().status());
        return refused.problem().violations().get(0);
    }

    @Test
    void enumValuesAreCaseInsensitiveAndAnUnknownOneNamesTheParameterAndTheChoices() {
        assertEquals(Format.CSV, Params.enumValue("format", " csv ", Format.class));
        assertNull(Params.enumValue("format", "", Format.class));
        assertEquals(new Problem.Violation("format", "unknown value 'xml'; one of JSON, CSV"),
                refusal(() -> Params.enumValue("format", "xml", Format.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "2.5", "99999999999"})
    void aNumberOutsideItsRangeOrNotWholeIsRefused(String value) {
        assertEquals(new Problem.Violation("size", "must be a whole number from 1 to 100"), refusal(() -> Params.intValue("size", value, 1, 100)));
    }

    @Test
    void freeTextIsBoundedAndPlain() {
        assertEquals("shoulder", Params.text("q", "shoulder", 100));
        assertNull(Params.text("q", " ", 100));
        assertEquals(new Problem.Violation("q", "must be at most 100 characters"), refusal(() -> Params.text("q", "a".repeat(101), 100)));
        assertEquals(new Problem.Violation("q", "must not contain control characters"), refusal(() -> Params.text("q", "a\u0000b", 100)));
    }

    @Test
    void numbersBooleansAndDatesParseOrFallBack() {
        assertEquals(20, Params.intValue("size", null, 1, 100, 20));
        assertEquals(7, Params.intValue("size", "7", 1, 100, 20));
        assertEquals(Boolean.TRUE, Params.booleanValue("deskFriendly", "TRUE"));
        assertEquals(new Problem.Violation("deskFriendly", "must be true or false"), refusal(() -> Params.booleanValue("deskFriendly", "yes")));
        assertEquals(LocalDate.of(2026, 3, 29), Params.date("from", "2026-03-29"));
        assertEquals(new Problem.Violation("from", "must be a date like 2026-11-20"), refusal(() -> Params.date("from", "2026-02-30")));
        assertEquals(new Problem.Violation("to", "is required, as a date like 2026-11-20"), refusal(() -> Params.requiredDate("to", " ")));
    }

    @Test
    void aMalformedIdIsNotFoundLikeAMissingRecord() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Params.idOrNotFound(id.toString()));
        ProblemException refused = assertThrows(ProblemException.class, () -> Params.idOrNotFound("42"));
        assertEquals(List.of(404, "Not Found"), List.of(refused.problem().status(), refused.problem().title()));
    }
}
