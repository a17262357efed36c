package org.backhabit.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValidationProblemCarriesEveryRfc9457MemberAndItsViolations() throws Exception {
        Problem problem = Problem.validation("The request is not valid.", List.of(new Problem.Violation("painBefore", "must be at most 10")))
                .withInstance(URI.create("/sessions"));
        assertEquals(Map.of("type", "urn:problem-type:http-400", "title", "Bad Request", "status", 400,
                        "detail", "The request is not valid.", "instance", "/sessions",
                        "violations", List.of(Map.of("field", "painBefore", "message", "must be at most 10"))),
                json.readValue(json.writeValueAsString(problem), Map.class));
    }

    @Test
    void withoutViolationsOrInstanceThoseMembersAreLeftOut() throws Exception {
        Problem problem = Problem.of(jakarta.ws.rs.core.Response.Status.NOT_FOUND, "No such record.");
        assertEquals(Map.of("type", "urn:problem-type:http-404", "title", "Not Found", "status", 404, "detail", "No such record."),
                json.readValue(json.writeValueAsString(problem), Map.class));
    }

    @Test
    void changingTheStatusChangesTypeAndTitleAndKeepsTheRest() {
        Problem problem = ProblemException.unprocessable("routineSlug", "unknown routine").problem();
        assertEquals(new Problem(URI.create("urn:problem-type:http-422"), "Unprocessable Content", 422, "unknown routine", null,
                List.of(new Problem.Violation("routineSlug", "unknown routine"))), problem);
    }
}
