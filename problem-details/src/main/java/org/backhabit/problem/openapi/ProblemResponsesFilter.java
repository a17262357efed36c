package org.backhabit.problem.openapi;

import org.backhabit.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.stream.Stream;

/**
 * Makes every service's OpenAPI document fit for client generators, so each service gets the same
 * error and header conventions without repeating them on every endpoint: one {@code Problem}
 * schema on every 4xx/5xx answer, 401 on every secured operation, 400 on every operation that
 * reads a body or parameters, and the protocol headers (Location on 201, Retry-After on 429/503,
 * Idempotent-Replayed where an Idempotency-Key is accepted, ETag and If-None-Match where 304 can
 * answer). Registered for every service through
 * {@code META-INF/microprofile-config.properties} of this module.
 * <p>
 * Every schema an answer can contain lists its non-nullable properties as required: the services
 * write every property (nulls included), so a generated client may rely on their presence.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(PROBLEM, problemSchema());
        new ResponseSchemas(openAPI).requireEveryNonNullableProperty();
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> complete(operation, securedByDefault)));
    }

    private void complete(Operation operation, boolean securedByDefault) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
        if (secured) {
            addIfMissing(responses, "401", "No valid bearer token (missing, expired, wrong issuer or signature)");
        }
        // A path parameter that matches nothing is a 404, so only bodies, queries and headers count as input.
        if (operation.getRequestBody() != null || parameters(operation).anyMatch(p -> p.getIn() != Parameter.In.PATH)) {
            addIfMissing(responses, "400", "A parameter or field is invalid; violations name each");
        }
        boolean conditional = responses.hasAPIResponse("304");
        if (conditional && parameters(operation).noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag of an earlier answer; 304 without a body when it is still current")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        boolean idempotent = parameters(operation)
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName()));
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                response.setContent(problemContent());
            }
            if (conditional && (code.equals("200") || code.equals("304"))) {
                addHeader(response, "ETag", "Tag of this answer's exact body, for If-None-Match", Schema.SchemaType.STRING);
            }
            if (code.equals("201")) {
                addHeader(response, "Location", "Where the created resource can be read", Schema.SchemaType.STRING);
            }
            if (code.equals("429") || code.equals("503")) {
                addHeader(response, "Retry-After", "Seconds to wait before trying again", Schema.SchemaType.INTEGER);
            }
            if (idempotent && code.startsWith("2")) {
                addHeader(response, "Idempotent-Replayed", "true when this is the stored answer to an earlier request "
                        + "with the same Idempotency-Key", Schema.SchemaType.BOOLEAN);
            }
        });
    }

    private static Stream<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream();
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void addHeader(APIResponse response, String name, String description, Schema.SchemaType type) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type)));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; every error of every service has this shape.")
                .addProperty("type", string("A stable URN per status, e.g. urn:problem-type:http-400").format("uri"))
                .addProperty("title", string("The status' reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status").format("int32"))
                .addProperty("detail", string("What went wrong, for a person"))
                .addProperty("instance", string("The request path").format("uri"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The fields or parameters at fault, when there are any")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field or parameter at fault and what is wrong with it.")
                .addProperty("field", string("The field path or parameter name, e.g. painBefore or exercises[0].reps"))
                .addProperty("message", string("What is wrong"))
                .required(List.of("field", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
