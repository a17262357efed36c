package org.backhabit.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.backhabit.catalog.service.CatalogService;
import org.backhabit.catalog.service.EntityTags;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Public, cacheable reads: the ETag is a digest of the exact body, so it changes exactly when the
 * answer changes (and differs per language), and {@code If-None-Match} with a current tag gets 304
 * without a body. Rendered answers are kept per language and request URI in a bounded cache that
 * every catalog write empties, so a repeated read costs a lookup. Answers name their language
 * ({@code Content-Language}) and that they vary with {@code Accept-Language}.
 */
@ApplicationScoped
public class HttpCaching {

    /** How the read endpoints document their Accept-Language header. */
    static final String ACCEPT_LANGUAGE = "Preferred languages; the answer is in the best supported one (en, de), English "
            + "otherwise, and says which in Content-Language";

    private static final CacheControl PUBLIC_MINUTE = CacheControl.valueOf("public, max-age=60");

    @Inject
    ObjectMapper json;
    @Inject
    @CacheName(CatalogService.RESPONSE_CACHE)
    Cache responses;

    /** A rendered answer: the exact bytes and their entity tag. */
    record Rendered(byte[] body, EntityTag tag) {
    }

    /**
     * @param language the negotiated language the body is in
     * @param body     computes the answer; call only after the request's parameters were validated
     */
    public Response ok(Request request, UriInfo uri, String language, Supplier<Object> body) {
        Rendered rendered = responses.<String, Rendered>get(language + " " + uri.getRequestUri(), key -> render(body.get()))
                .await().indefinitely();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(rendered.tag());
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(rendered.tag()).cacheControl(PUBLIC_MINUTE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private Rendered render(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return new Rendered(bytes, new EntityTag(EntityTags.of(bytes)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
