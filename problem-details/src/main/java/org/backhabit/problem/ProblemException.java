package org.backhabit.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a specific problem (404, 409, 422, 503 ...). */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, detail));
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.validation(message, List.of(new Problem.Violation(field, message))));
    }

    /** 422: well-formed, but refers to something that does not exist or cannot be processed. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.validation(message, List.of(new Problem.Violation(field, message)))
                .withStatus(422, "Unprocessable Content"));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
