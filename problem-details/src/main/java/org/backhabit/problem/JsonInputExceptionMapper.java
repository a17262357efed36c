package org.backhabit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or has a value of the wrong type, is the client's mistake: 400 naming
 * the field. The nested mapper takes {@link MismatchedInputException} away from the framework's
 * own mapper, which would answer plain JSON.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Provider
    public static class Mismatched implements ExceptionMapper<MismatchedInputException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return problem(exception, uriInfo);
        }
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problem(exception, uriInfo);
    }

    static Response problem(JsonProcessingException exception, UriInfo uriInfo) {
        Problem problem;
        if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = exception instanceof InvalidFormatException invalid
                    ? "value '" + invalid.getValue() + "' is not valid here"
                    : "wrong type or shape";
            problem = Problem.validation("The body has a field of the wrong type.", List.of(new Problem.Violation(field, message)));
        } else {
            problem = Problem.validation("The body is not valid JSON.", List.of());
        }
        return problem.withInstance(Paths.of(uriInfo)).toResponse();
    }
}
