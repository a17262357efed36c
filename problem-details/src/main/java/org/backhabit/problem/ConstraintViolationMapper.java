package org.backhabit.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures become a 400 problem with one violation per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.validation("The request is not valid.", violations).withInstance(Paths.of(uriInfo)).toResponse();
    }

    /**
     * Drops the method and parameter nodes ({@code create.body.painBefore} → {@code painBefore}) and
     * writes container positions as indexes ({@code exercises[1].exerciseSlug}, {@code tags[0]}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            boolean named = kind == ElementKind.PROPERTY || (kind == ElementKind.PARAMETER && nodes.size() == 2);
            if (!named && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append(position == null ? "" : "[" + position + "]");
            }
            if (named && node.getName() != null && !node.getName().isBlank()) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }
}
