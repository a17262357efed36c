package org.backhabit.progress.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Marks the averages of the domain records nullable in the OpenAPI document (null when there is no
 * data yet): domain/ stays free of annotations, so the document learns it here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DomainNullables implements OASFilter {

    private static final Map<String, List<String>> NULLABLE = Map.of(
            "WeekSummary", List.of("avgPainBefore", "avgPainAfter"),
            "PainSummary", List.of("last7DaysAvg", "last28DaysAvg", "avgReliefPerSession"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        NULLABLE.forEach((name, properties) -> {
            Schema schema = schemas.get(name);
            if (schema == null) {
                return;
            }
            for (String property : properties) {
                Schema value = schema.getProperties().get(property);
                if (value != null && !value.getType().contains(Schema.SchemaType.NULL)) {
                    value.addType(Schema.SchemaType.NULL);
                }
                if (schema.getRequired() != null) {
                    schema.setRequired(schema.getRequired().stream().filter(p -> !p.equals(property)).toList());
                }
            }
        });
    }
}
