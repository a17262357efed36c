package org.backhabit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a service's own JSON export back for an import, remembering the line each record starts
 * on, so every problem can name it ({@link ImportProblems}). The fields asked for are read (text,
 * one object, or an array of objects); the others are skipped, as are fields of a record the
 * importing type does not name: they are derived again.
 */
public final class ImportFile {

    /** A record of the file, the line it starts on and its path ({@code pauses[2]}). */
    public record Line<T>(int line, String path, T value) {
    }

    private interface FieldReader {
        void read(JsonParser parser, JsonToken token) throws IOException;
    }

    private final ObjectMapper mapper;
    private final ObjectReader lenient;
    private final Map<String, FieldReader> fields = new HashMap<>();

    public ImportFile(ObjectMapper mapper) {
        this.mapper = mapper;
        this.lenient = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public ImportFile text(String field, Consumer<String> into) {
        fields.put(field, (parser, token) -> into.accept(parser.getValueAsString()));
        return this;
    }

    /** A field holding one object (or null, which is skipped). */
    public <T> ImportFile object(String field, Class<T> type, Consumer<Line<T>> into) {
        ObjectReader reader = lenient.forType(type);
        fields.put(field, (parser, token) -> {
            if (token != JsonToken.VALUE_NULL) {
                expect(parser, token, JsonToken.START_OBJECT, field, "an object");
                into.accept(new Line<>(parser.currentTokenLocation().getLineNr(), field, reader.readValue(parser)));
            }
        });
        return this;
    }

    public <T> ImportFile array(String field, Class<T> type, List<Line<T>> into) {
        ObjectReader reader = lenient.forType(type);
        fields.put(field, (parser, token) -> {
            expect(parser, token, JsonToken.START_ARRAY, field, "an array");
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                into.add(new Line<>(parser.currentTokenLocation().getLineNr(), field + "[" + index++ + "]", reader.readValue(parser)));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw ImportProblems.atLine(parser.currentTokenLocation().getLineNr(), field + "[" + index + "]", "must be an object");
            }
        });
        return this;
    }

    /** @throws ProblemException 400 naming the line of the first thing that cannot be read */
    public void read(byte[] body) {
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "body", "an export object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                FieldReader field = fields.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (field == null) {
                    parser.skipChildren();
                } else {
                    field.read(parser, value);
                }
            }
            if (parser.nextToken() != null) {
                throw ImportProblems.atLine(parser.currentTokenLocation().getLineNr(), "body", "nothing may follow the export object");
            }
        } catch (JsonProcessingException e) {
            throw ImportProblems.atLine(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), path(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw ImportProblems.atLine(1, "body", "unreadable: " + e.getMessage());
        }
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String field, String what) {
        if (actual != expected) {
            throw ImportProblems.atLine(parser.currentTokenLocation().getLineNr(), field, "expected " + what);
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        }
        return "body";
    }
}
