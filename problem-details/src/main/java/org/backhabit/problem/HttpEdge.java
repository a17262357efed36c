package org.backhabit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every request before anything else reads it, and answers what it refuses as
 * problem+json (the HTTP layer's own refusals have empty bodies): a URI or header block too
 * long (414, 431), an origin CORS does not allow (403), a declared body over the limit (413),
 * and a body that has not fully arrived within {@code backhabit.http.body-timeout} (408), so a
 * client that trickles its upload cannot hold a connection and its buffer for long.
 */
@ApplicationScoped
public class HttpEdge {

    /** Runs before Quarkus' CORS filter (300) and its own body-size check. */
    static final int PRIORITY = 400;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;
    @ConfigProperty(name = "backhabit.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;
    @ConfigProperty(name = "backhabit.http.max-headers-size", defaultValue = "16384")
    int maxHeadersSize;
    @ConfigProperty(name = "backhabit.http.body-timeout", defaultValue = "10s")
    Duration bodyTimeout;
    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean corsEnabled;
    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> allowedOrigins;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            refuse(context, Response.Status.REQUEST_URI_TOO_LONG, "The URI is longer than " + maxUriLength + " characters.");
        } else if (headersSize(request) > maxHeadersSize) {
            refuse(context, Response.Status.REQUEST_HEADER_FIELDS_TOO_LARGE, "The headers are larger than " + maxHeadersSize + " bytes.");
        } else if (corsEnabled && !originAllowed(request)) {
            refuse(context, Response.Status.FORBIDDEN, "Requests from origin '" + request.getHeader(HttpHeaders.ORIGIN) + "' are not allowed.");
        } else if (declaredLength(request) > maxBodySize.asLongValue()) {
            refuse(context, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body is larger than " + maxBodySize.asLongValue() + " bytes.");
        } else {
            limitBodyTime(context);
            context.next();
        }
    }

    private void limitBodyTime(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            return;
        }
        long timer = context.vertx().setTimer(bodyTimeout.toMillis(), id -> {
            if (!request.isEnded() && !context.response().ended() && !context.response().headWritten()) {
                refuse(context, Response.Status.REQUEST_TIMEOUT, "The body did not arrive within " + bodyTimeout.toSeconds() + " s.");
            }
        });
        context.addEndHandler(done -> context.vertx().cancelTimer(timer));
    }

    private boolean originAllowed(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        List<String> allowed = allowedOrigins.orElse(List.of());
        return allowed.contains("*") || allowed.contains(origin) || isSameOrigin(origin, request);
    }

    private static boolean isSameOrigin(String origin, HttpServerRequest request) {
        try {
            URI uri = URI.create(origin);
            return uri.getAuthority() != null && uri.getAuthority().equalsIgnoreCase(request.getHeader(HttpHeaders.HOST));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The body was not (fully) read, so the connection cannot carry another request: close it. */
    private static void refuse(RoutingContext context, Response.StatusType status, String detail) {
        Problem problem = Problem.of(status, detail).withInstance(Paths.of(context.request().path()));
        context.response()
                .setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem))
                .onComplete(done -> context.request().connection().close());
    }
}
