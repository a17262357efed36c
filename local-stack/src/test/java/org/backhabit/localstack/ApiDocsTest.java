package org.backhabit.localstack;

import org.backhabit.localstack.testing.ApiDocs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared OpenAPI checks find the gaps they name (and only those). */
class ApiDocsTest {

    private static final Map<String, Object> PROBLEM = Map.of("application/problem+json",
            Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));

    @Test
    void anOperationWithoutOperationIdOrWithARepeatedOneIsAGap() {
        Map<String, Map<String, Object>> paths = Map.of(
                "/a", Map.of("get", Map.of("operationId", "same")),
                "/b", Map.of("get", Map.of("operationId", "same"), "post", Map.of()));
        List<String> gaps = ApiDocs.withoutOperationId(paths);
        assertEquals(2, gaps.size(), gaps.toString());
        assertEquals(true, gaps.contains("POST /b has no operationId"));
    }

    @Test
    void anErrorAnswerWithoutTheProblemSchemaIsAGap() {
        Map<String, Map<String, Object>> paths = Map.of("/a", Map.of("get", Map.of("responses", Map.of(
                "200", Map.of("content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))),
                "400", Map.of("content", PROBLEM),
                "404", Map.of("content", Map.of("application/problem+json", Map.of())),
                "503", Map.of("description", "no body")))));
        assertEquals(List.of("GET /a 404 is not a Problem", "GET /a 503 is not a Problem"),
                ApiDocs.errorsWithoutProblem(paths).stream().sorted().toList());
    }

    @Test
    void aSecuredOperationWithout401AJsonAnswerWithoutSchemaAndNoServersAreGaps() {
        Map<String, Object> document = Map.of("paths", Map.of("/a", Map.of("get", Map.of(
                "security", List.of(Map.of("jwt", List.of())),
                "responses", Map.of("200", Map.of("content", Map.of("application/json", Map.of())))))));
        assertEquals(List.of("GET /a 200 has no schema", "GET /a is secured but does not document 401", "the document names no servers"),
                ApiDocs.incompleteAnswers(document).stream().sorted().toList());
    }

    @Test
    void anOperationThatDocumentsOnlyErrorsIsAGap() {
        Map<String, Object> document = Map.of("servers", List.of(Map.of("url", "http://localhost")), "paths", Map.of("/a", Map.of("get", Map.of(
                "responses", Map.of("400", Map.of("content", PROBLEM))))));
        assertEquals(List.of("GET /a documents no success answer"), ApiDocs.incompleteAnswers(document));
    }
}
