package org.backhabit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Framework errors (unknown path, wrong method, unreadable JSON, 401/403 ...) as problem+json. A
 * 5xx raised by the framework keeps its status but never its message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            // the framework wraps JSON syntax errors: answer them like every other unreadable body
            return JsonInputExceptionMapper.problemFor(unreadable).withInstance(Paths.of(uriInfo)).toResponse();
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = status.getStatusCode() >= 500 ? "The server could not complete the request." : detailOf(exception, status);
        Response.ResponseBuilder response = Response.fromResponse(Problem.of(status, detail).withInstance(Paths.of(uriInfo)).toResponse());
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    private static String detailOf(WebApplicationException exception, Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "The request could not be read: " + cleaned(exception.getMessage());
            case 401 -> "A valid bearer token is required.";
            case 403 -> "The token does not grant access to this resource.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation.";
            case 415 -> "Send application/json.";
            default -> status.getReasonPhrase();
        };
    }

    /** Jackson messages can quote the input and name Java classes: keep only the first line, no packages. */
    static String cleaned(String message) {
        if (message == null || message.isBlank()) {
            return "malformed body or parameter.";
        }
        String first = message.lines().findFirst().orElse(message);
        return first.replaceAll("(?:[a-z]+\\.)+([A-Z][A-Za-z$]*)", "$1");
    }
}
