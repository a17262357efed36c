package org.backhabit.session.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.backhabit.session.model.CheckInRequest;
import org.backhabit.session.model.ExerciseEntry;
import org.backhabit.session.model.SessionExport;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads this service's own JSON export back, remembering the line each session and check-in
 * starts on so every problem can name it. Fields the import does not need (localDate,
 * recordedAt ...) are ignored: they are derived again.
 */
final class ExportFile {

    record Line<T>(int line, String path, T value) {
    }

    record ImportedSession(UUID id, Integer revision, String routineSlug, List<ExerciseEntry> exercises, OffsetDateTime completedAt,
                           String timeZone, String kind, Integer durationMinutes, Integer painBefore, Integer painAfter, Integer effort,
                           String notes) {
    }

    record ImportedCheckIn(UUID id, OffsetDateTime at, String timeZone, Integer painLevel, Set<CheckInRequest.PainArea> areas,
                           Set<CheckInRequest.RedFlag> redFlags) {
    }

    final List<Line<ImportedSession>> sessions = new ArrayList<>();
    final List<Line<ImportedCheckIn>> checkIns = new ArrayList<>();

    private ExportFile() {
    }

    /** @throws org.backhabit.problem.ProblemException 400 naming the line of the first thing that cannot be read */
    static ExportFile read(ObjectMapper mapper, byte[] body) {
        ObjectReader lenient = mapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ExportFile file = new ExportFile();
        String format = null;
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "an export object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = parser.getValueAsString();
                    case "sessions" -> file.readArray(parser, value, "sessions", lenient.forType(ImportedSession.class), file.sessions);
                    case "checkIns" -> file.readArray(parser, value, "checkIns", lenient.forType(ImportedCheckIn.class), file.checkIns);
                    default -> parser.skipChildren();
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
        if (!SessionExport.FORMAT.equals(format)) {
            throw ImportProblems.atLine(1, "format", "must be \"" + SessionExport.FORMAT + "\" (a file from GET /me/export?format=json)");
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private <T> void readArray(JsonParser parser, JsonToken token, String name, ObjectReader reader, List<Line<T>> into) throws IOException {
        expect(parser, token, JsonToken.START_ARRAY, "an array");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int line = parser.currentTokenLocation().getLineNr();
            into.add(new Line<>(line, name + "[" + into.size() + "]", (T) reader.readValue(parser)));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw ImportProblems.atLine(parser.currentTokenLocation().getLineNr(), name + "[" + into.size() + "]", "must be an object");
        }
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw ImportProblems.atLine(parser.currentTokenLocation().getLineNr(), "body", "expected " + what);
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        }
        return "body";
    }
}
