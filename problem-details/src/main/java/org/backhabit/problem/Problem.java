package org.backhabit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code violations} lists the fields a validation error is about.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public record Violation(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(typeFor(status.getStatusCode()), status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem validation(String detail, List<Violation> violations) {
        return new Problem(typeFor(400), "Bad Request", 400, detail, null, violations);
    }

    public Problem withInstance(URI path) {
        return new Problem(type, title, status, detail, path, violations);
    }

    public Problem withStatus(int newStatus, String newTitle) {
        return new Problem(typeFor(newStatus), newTitle, newStatus, detail, instance, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** Types are stable URNs per status so a client can switch on them without parsing text. */
    static URI typeFor(int status) {
        return URI.create("urn:problem-type:http-" + status);
    }
}
