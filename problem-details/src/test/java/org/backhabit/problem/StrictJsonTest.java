package org.backhabit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each case starts from a valid document and changes one thing; the refusal names that field. */
class StrictJsonTest {

    enum Kind { STRENGTH, MOBILITY }

    record Item(String slug, int sets) {
    }

    record Body(int minutes, Integer pain, Kind kind, String notes, List<Item> items, List<String> tags, boolean flag,
                OffsetDateTime at, LocalDate day) {
    }

    private static final String VALID = """
            {"minutes":14,"pain":5,"kind":"STRENGTH","notes":"steady","items":[{"slug":"a","sets":2},{"slug":"b","sets":3}],"tags":["x"],"flag":true,
             "at":"2026-03-29T02:30:00+01:00","day":"2026-03-29"}""";

    /** Configured as Quarkus configures its mapper before customizers run: lenient about unknown fields. */
    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Test
    void aValidDocumentIsRead() throws Exception {
        Body body = json.readValue(VALID, Body.class);
        assertEquals(new Body(14, 5, Kind.STRENGTH, "steady", List.of(new Item("a", 2), new Item("b", 3)), List.of("x"), true,
                OffsetDateTime.parse("2026-03-29T02:30:00+01:00"), LocalDate.of(2026, 3, 29)), body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float for an int            | `\"minutes\":14`             | `\"minutes\":14.5`             | minutes        | must be a whole number",
            "whole float for an int      | `\"minutes\":14`             | `\"minutes\":14.0`             | minutes        | must be a whole number",
            "float for an Integer        | `\"pain\":5`                 | `\"pain\":4.5`                 | pain           | must be a whole number",
            "text for an int             | `\"minutes\":14`             | `\"minutes\":\"14\"`           | minutes        | must be a whole number",
            "float in a nested item      | `\"sets\":3`                 | `\"sets\":3.5`                 | items[1].sets  | must be a whole number",
            "number for an enum          | `\"kind\":\"STRENGTH\"`      | `\"kind\":0`                   | kind           | must be one of STRENGTH, MOBILITY",
            "unknown enum constant       | `\"kind\":\"STRENGTH\"`      | `\"kind\":\"YOGA\"`            | kind           | must be one of STRENGTH, MOBILITY",
            "number for a text           | `\"notes\":\"steady\"`       | `\"notes\":42`                 | notes          | must be text",
            "boolean for a text in a list| `\"tags\":[\"x\"]`           | `\"tags\":[true]`              | tags[0]        | must be text",
            "escaped NUL in a text       | `\"notes\":\"steady\"`       | `\"notes\":\"st\\u0000eady\"`  | notes          | must not contain the NUL character",
            "null for a primitive        | `\"flag\":true`              | `\"flag\":null`                | flag           | must be true or false",
            "text for a boolean          | `\"flag\":true`              | `\"flag\":\"true\"`            | flag           | must be true or false",
            "unknown field               | `\"notes\":\"steady\"`       | `\"notes\":\"steady\",\"note\":1` | note        | unknown field",
            "unknown nested field        | `\"sets\":2}`                | `\"sets\":2,\"reps\":9}`       | items[0].reps  | unknown field",
            "number for a date-time      | `\"at\":\"2026-03-29T02:30:00+01:00\"` | `\"at\":1774747800` | at | must be an ISO-8601 date or time",
            "number for a date           | `\"day\":\"2026-03-29\"`  | `\"day\":20541`              | day            | must be an ISO-8601 date or time",
            "impossible date             | `\"day\":\"2026-03-29\"`  | `\"day\":\"2026-02-30\"`   | day            | must be an ISO-8601 date or time",
            "object for a list           | `\"tags\":[\"x\"]`           | `\"tags\":{\"x\":1}`           | tags           | wrong type or shape",
    })
    void oneChangedValueIsRefusedNamingTheField(String rule, String valid, String changed, String field, String message) {
        assertEquals(1, VALID.split(java.util.regex.Pattern.quote(valid), -1).length - 1, "the valid fragment occurs once: " + valid);
        Problem problem = refusal(VALID.replace(valid, changed));
        assertEquals(List.of(new Problem.Violation(field, message)), problem.violations());
        assertEquals(400, problem.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "text after the document     | ` trailing`   | body  | not valid JSON here",
            "a second document           | `{}`          | body  | nothing may follow the JSON document",
    })
    void anythingAfterTheDocumentIsRefused(String rule, String suffix, String field, String message) {
        Problem problem = refusal(VALID + suffix);
        assertEquals(List.of(new Problem.Violation(field, message)), problem.violations());
    }

    @Test
    void aRepeatedFieldIsRefused() {
        Problem problem = refusal(VALID.replace("\"pain\":5", "\"pain\":5,\"pain\":9"));
        assertEquals("pain", problem.violations().get(0).field());
    }

    @Test
    void aRawNulByteIsNotJson() {
        Problem problem = refusal(VALID.replace("steady", "st\u0000eady"));
        assertEquals(List.of(new Problem.Violation("notes", "not valid JSON here")), problem.violations());
    }

    @Test
    void aSyntaxErrorNamesTheFieldBeingRead() {
        assertEquals(List.of(new Problem.Violation("items[1].sets", "not valid JSON here")),
                refusal(VALID.replace("\"sets\":3", "\"sets\":3x")).violations());
        assertEquals(List.of(new Problem.Violation("body", "not valid JSON here")), refusal("nonsense").violations());
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefusedAsAWhole() {
        assertEquals(List.of(new Problem.Violation("body", "must be a JSON object")), refusal("[1,2]").violations());
    }

    private Problem refusal(String document) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> json.readValue(document, Body.class), document);
        Problem problem = JsonInputExceptionMapper.problemFor(refused);
        assertEquals(Problem.typeFor(400), problem.type());
        assertEquals("Bad Request", problem.title());
        return problem;
    }
}
