package org.backhabit.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.launch.LocalStack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Sends cases to the running system, each as a new user, and judges the answer: a 4xx
 * {@code application/problem+json} naming the field, and everything the user (for the catalog:
 * everyone) can read afterwards exactly as before.
 */
final class CaseRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INDEXED = Pattern.compile("([^\\[]+)\\[(\\d+)]");
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>";

    private final LocalStack stack;

    CaseRunner(LocalStack stack) {
        this.stack = stack;
    }

    /** Sends the endpoint's request unchanged; the control case every refusal is measured against. */
    int accepted(Endpoint endpoint) {
        Caller caller = new Caller(endpoint);
        return request(caller, endpoint, Placeholders.fill(endpoint.body, caller.session)).request(endpoint.method, caller.path).statusCode();
    }

    /** What is wrong with the system's answer to the case; empty when it was refused as it must be. */
    List<String> judge(BadCase bad) {
        Endpoint endpoint = bad.endpoint();
        Caller caller = new Caller(endpoint);
        String before = state(endpoint, caller.token);
        Response answer = send(bad, caller);
        String after = state(endpoint, caller.token);

        List<String> wrong = new ArrayList<>();
        int status = answer.statusCode();
        if (status < 400 || status >= 500) {
            wrong.add("answered " + status);
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            wrong.add("content type " + answer.contentType());
        } else if (!names(answer, bad.field())) {
            wrong.add("does not name " + bad.field() + ": " + answer.asString());
        }
        if (!before.equals(after)) {
            wrong.add("state changed");
        }
        return wrong;
    }

    private Response send(BadCase bad, Caller caller) {
        String path = caller.path;
        String body = Placeholders.fill(bad.endpoint().body, caller.session);
        RequestSpecification request;
        switch (bad.change()) {
            case VALUE -> body = withField(body, bad.field(), parse(bad.value()));
            case REMOVE -> body = withField(body, bad.field(), null);
            case RAW -> body = bad.value();
            case QUERY -> path = withQuery(path, bad.field(), bad.value());
            case PATH -> path = bad.value();
            case HEADER -> {
            }
        }
        request = request(caller, bad.endpoint(), body);
        if (bad.change() == BadCase.Change.HEADER) {
            request.header(bad.field(), bad.value());
        }
        return request.urlEncodingEnabled(bad.change() != BadCase.Change.QUERY && bad.change() != BadCase.Change.PATH)
                .request(bad.endpoint().method, path);
    }

    private RequestSpecification request(Caller caller, Endpoint endpoint, String body) {
        RequestSpecification request = given().baseUri(baseUrl(endpoint)).header("Authorization", "Bearer " + caller.token);
        if (endpoint == Endpoint.PUT_MEDIA) {
            return request.contentType("image/svg+xml").body(body == null ? SVG : body);
        }
        request.contentType("application/json");
        return body == null ? request : request.body(body);
    }

    /** Who sends a case: a new user (an admin for catalog writes) and, for corrections, a session of theirs. */
    private final class Caller {
        final String token;
        final String session;
        final String path;

        Caller(Endpoint endpoint) {
            String user = "corpus-" + UUID.randomUUID();
            token = endpoint.admin() ? DevTokens.forAdmin(user) : DevTokens.forUser(user);
            session = endpoint == Endpoint.PUT_SESSION ? createSession(token) : null;
            path = Placeholders.fill(endpoint.path, session);
        }
    }

    private String createSession(String token) {
        return given().baseUri(stack.sessionUrl()).header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Placeholders.fill(Endpoint.POST_SESSION.body, null)).post("/sessions").then().statusCode(201).extract().path("id");
    }

    private String state(Endpoint endpoint, String token) {
        StringBuilder state = new StringBuilder();
        for (String read : endpoint.stateReads()) {
            for (String language : endpoint.service == Endpoint.Service.CATALOG ? List.of("en", "de") : List.of("en")) {
                Response response = given().baseUri(baseUrl(endpoint)).header("Authorization", "Bearer " + token)
                        .header("Accept-Language", language).get(read);
                state.append(read).append(' ').append(language).append(' ').append(response.statusCode()).append(' ')
                        .append(response.asString()).append('\n');
            }
        }
        return state.toString();
    }

    private String baseUrl(Endpoint endpoint) {
        return switch (endpoint.service) {
            case CATALOG -> stack.catalogUrl();
            case SESSION -> stack.sessionUrl();
            case PROGRESS -> stack.progressUrl();
            case NOTIFICATION -> stack.notificationUrl();
        };
    }

    /**
     * The problem names the field: a violation on it or inside it (list positions aside:
     * {@code areas[0]} is named by {@code areas} too), or, without violations, its name in the detail.
     */
    private static boolean names(Response answer, String field) {
        String wanted = withoutPositions(field);
        List<String> fields = answer.jsonPath().getList("violations.field", String.class);
        if (fields != null && fields.stream().map(CaseRunner::withoutPositions)
                .anyMatch(f -> f.equals(wanted) || f.startsWith(wanted + "."))) {
            return true;
        }
        String detail = answer.jsonPath().getString("detail");
        return detail != null && detail.contains(wanted);
    }

    private static String withoutPositions(String path) {
        return path.replaceAll("\\[[^]]*]", "");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a case's value must be JSON text: " + json, e);
        }
    }

    /** The body with the field at {@code path} set to {@code value}, or removed when {@code value} is null. */
    static String withField(String body, String path, JsonNode value) {
        JsonNode root = parse(body);
        String[] steps = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = child(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        Matcher indexed = INDEXED.matcher(last);
        if (indexed.matches()) {
            ArrayNode array = (ArrayNode) parent.get(indexed.group(1));
            int index = Integer.parseInt(indexed.group(2));
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root.toString();
    }

    private static JsonNode child(JsonNode node, String step) {
        Matcher indexed = INDEXED.matcher(step);
        return indexed.matches() ? node.get(indexed.group(1)).get(Integer.parseInt(indexed.group(2))) : node.get(step);
    }

    /** The path with query parameter {@code name} set to {@code value} (URL-encoded here, so nothing else encodes it). */
    static String withQuery(String path, String name, String value) {
        int question = path.indexOf('?');
        Map<String, String> parameters = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : path.substring(question + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts[1]);
            }
        }
        parameters.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        StringBuilder result = new StringBuilder(question >= 0 ? path.substring(0, question) : path).append('?');
        parameters.forEach((key, encoded) -> result.append(key).append('=').append(encoded).append('&'));
        return result.substring(0, result.length() - 1);
    }
}
