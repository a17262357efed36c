package org.backhabit.localstack.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks an OpenAPI document's {@code paths}: every operation needs a summary, every parameter a description. */
public final class ApiDocs {

    private ApiDocs() {
    }

    /** @return "METHOD /path" or "METHOD /path ?param" for each gap; empty when fully described */
    @SuppressWarnings("unchecked")
    public static List<String> undocumented(Map<String, Map<String, Object>> paths) {
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation)) {
                return;
            }
            if (operation.get("summary") == null) {
                gaps.add(method + " " + path);
            }
            Object parameters = operation.get("parameters");
            (parameters == null ? List.<Map<String, Object>>of() : (List<Map<String, Object>>) parameters).stream()
                    .filter(p -> p.get("description") == null)
                    .forEach(p -> gaps.add(method + " " + path + " ?" + p.get("name")));
        }));
        return gaps;
    }
}
