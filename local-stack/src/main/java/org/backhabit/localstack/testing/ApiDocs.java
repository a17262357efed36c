package org.backhabit.localstack.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks an OpenAPI document (as parsed JSON) for what people and client generators need. Each
 * check returns its gaps as "METHOD /path ..." lines, empty when there are none.
 */
public final class ApiDocs {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ApiDocs() {
    }

    /** Every operation needs a summary, every parameter a description. */
    public static List<String> undocumented(Map<String, Map<String, Object>> paths) {
        List<String> gaps = new ArrayList<>();
        eachOperation(paths, (where, operation) -> {
            if (operation.get("summary") == null) {
                gaps.add(where);
            }
            parameters(operation).stream().filter(p -> p.get("description") == null)
                    .forEach(p -> gaps.add(where + " ?" + p.get("name")));
        });
        return gaps;
    }

    /** Every operation needs an operationId, unique in the document (a generated client's method name). */
    public static List<String> withoutOperationId(Map<String, Map<String, Object>> paths) {
        List<String> gaps = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        eachOperation(paths, (where, operation) -> {
            Object id = operation.get("operationId");
            if (id == null) {
                gaps.add(where + " has no operationId");
            } else if (!seen.add(id)) {
                gaps.add(where + " repeats operationId " + id);
            }
        });
        return gaps;
    }

    /** Every 4xx/5xx answer is application/problem+json with the shared Problem schema, and nothing else. */
    public static List<String> errorsWithoutProblem(Map<String, Map<String, Object>> paths) {
        List<String> gaps = new ArrayList<>();
        eachOperation(paths, (where, operation) -> responses(operation).forEach((code, response) -> {
            if (!(code.startsWith("4") || code.startsWith("5"))) {
                return;
            }
            Map<String, Object> content = map(response.get("content"));
            Map<String, Object> problem = map(content.get("application/problem+json"));
            if (content.size() != 1 || !PROBLEM_REF.equals(map(problem.get("schema")).get("$ref"))) {
                gaps.add(where + " " + code + " is not a Problem");
            }
        }));
        return gaps;
    }

    /**
     * Every operation documents a success answer, every secured one 401, and every JSON success
     * answer has a schema a generator can type.
     */
    public static List<String> incompleteAnswers(Map<String, Object> document) {
        List<String> gaps = new ArrayList<>();
        boolean securedByDefault = !list(document.get("security")).isEmpty();
        eachOperation(paths(document), (where, operation) -> {
            Map<String, Map<String, Object>> responses = responses(operation);
            boolean secured = operation.containsKey("security") ? !list(operation.get("security")).isEmpty() : securedByDefault;
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                gaps.add(where + " documents no success answer");
            }
            if (secured && !responses.containsKey("401")) {
                gaps.add(where + " is secured but does not document 401");
            }
            responses.forEach((code, response) -> {
                Map<String, Object> json = map(map(response.get("content")).get("application/json"));
                if (code.startsWith("2") && map(response.get("content")).containsKey("application/json") && map(json.get("schema")).isEmpty()) {
                    gaps.add(where + " " + code + " has no schema");
                }
            });
        });
        if (list(document.get("servers")).isEmpty()) {
            gaps.add("the document names no servers");
        }
        return gaps;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> paths(Map<String, Object> document) {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) map(document.get("paths"));
    }

    private static void eachOperation(Map<String, Map<String, Object>> paths, BiConsumer<String, Map<String, Object>> check) {
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (METHODS.contains(method) && value instanceof Map<?, ?>) {
                check.accept(method.toUpperCase() + " " + path, map(value));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) (List<?>) list(operation.get("parameters"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) map(operation.get("responses"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
