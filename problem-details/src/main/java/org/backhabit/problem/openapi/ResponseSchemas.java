package org.backhabit.problem.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The component schemas an answer can contain (directly or through references), and the rule that
 * their non-nullable properties are required. Request-only schemas keep what bean validation says.
 */
final class ResponseSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private final OpenAPI openAPI;
    private final Map<String, Schema> components;

    ResponseSchemas(OpenAPI openAPI) {
        this.openAPI = openAPI;
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
    }

    void requireEveryNonNullableProperty() {
        for (String name : reachableFromResponses()) {
            Schema schema = components.get(name);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            schema.getProperties().forEach((property, value) -> {
                if (!nullable(value)) {
                    required.add(property);
                }
            });
            schema.setRequired(List.copyOf(required));
        }
    }

    private Set<String> reachableFromResponses() {
        Deque<Schema> toVisit = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(item -> item.getOperations().values().stream())
                    .filter(operation -> operation.getResponses() != null && operation.getResponses().getAPIResponses() != null)
                    .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                    .map(response -> response.getContent())
                    .filter(Objects::nonNull)
                    .flatMap(ResponseSchemas::schemasOf)
                    .forEach(toVisit::add);
        }
        Set<String> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                if (seen.add(name) && components.containsKey(name)) {
                    toVisit.push(components.get(name));
                }
            }
            children(schema).forEach(toVisit::push);
        }
        return seen;
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(media -> media.getSchema()).filter(Objects::nonNull);
    }

    private static Stream<Schema> children(Schema schema) {
        Stream<Schema> properties = schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
        Stream<Schema> composed = Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())
                .filter(Objects::nonNull).flatMap(List::stream);
        Stream<Schema> single = Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull);
        return Stream.concat(properties, Stream.concat(composed, single));
    }

    private static boolean nullable(Schema property) {
        return property.getType() != null && property.getType().contains(Schema.SchemaType.NULL);
    }
}
