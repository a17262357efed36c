package org.backhabit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or has a value of the wrong type, is the client's mistake: 400 naming
 * the field ({@code exercises[1].sets}), or {@code body} when the document as a whole is at fault.
 * The nested mapper takes {@link MismatchedInputException} away from the framework's own mapper,
 * which would answer plain JSON.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    /** The violation's field when no single field is at fault (empty body, text after the document). */
    public static final String WHOLE_BODY = "body";

    @Context
    UriInfo uriInfo;

    @Provider
    public static class Mismatched implements ExceptionMapper<MismatchedInputException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return problemFor(exception).withInstance(Paths.of(uriInfo)).toResponse();
        }
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problemFor(exception).withInstance(Paths.of(uriInfo)).toResponse();
    }

    static Problem problemFor(JsonProcessingException exception) {
        StreamReadException syntax = syntaxErrorIn(exception);
        if (syntax != null) {
            return Problem.validation("The body is not valid JSON.",
                    List.of(new Problem.Violation(fieldAtParser(syntax), "not valid JSON here")));
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.validation("The body has a field of the wrong type or an unknown field.",
                    List.of(new Problem.Violation(fieldOf(mapping.getPath()), messageOf(exception))));
        }
        String message = String.valueOf(exception.getOriginalMessage()).startsWith("Trailing token")
                ? "nothing may follow the JSON document" : "must be a JSON object";
        return Problem.validation("The body is not a valid request document.", List.of(new Problem.Violation(WHOLE_BODY, message)));
    }

    /** A syntax error, also when data binding wrapped it with the path of the value being read. */
    private static StreamReadException syntaxErrorIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax && !(cause instanceof JsonMappingException)) {
                return syntax;
            }
        }
        return null;
    }

    /** {@code [exercises, 1, sets]} → {@code exercises[1].sets}. */
    static String fieldOf(List<JsonMappingException.Reference> path) {
        String field = path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.startsWith("[") ? WHOLE_BODY + field : field;
    }

    private static String messageOf(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        Class<?> target = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "wrong type or shape";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (isWholeNumber(target)) {
            return "must be a whole number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date or time";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return exception instanceof InvalidFormatException invalid && invalid.getValue() instanceof String
                    ? "must not contain the NUL character" : "must be text";
        }
        return exception instanceof InvalidFormatException invalid ? "value '" + invalid.getValue() + "' is not valid here" : "wrong type or shape";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return List.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class).contains(type);
    }

    /** Where a syntax error stopped the parser: the field it was reading, or {@code body}. */
    private static String fieldAtParser(StreamReadException exception) {
        JsonParser parser = exception.getProcessor();
        if (parser == null) {
            return WHOLE_BODY;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.addFirst("." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        String field = String.join("", parts);
        return field.isEmpty() ? WHOLE_BODY : field.startsWith(".") ? field.substring(1) : WHOLE_BODY + field;
    }
}
