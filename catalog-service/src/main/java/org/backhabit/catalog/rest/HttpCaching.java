package org.backhabit.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.backhabit.catalog.service.CatalogService;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Public, cacheable reads: the ETag is a digest of the exact body, so it changes exactly when the
 * answer changes, and {@code If-None-Match} with a current tag gets 304 without a body. Rendered
 * answers are kept per request URI in a bounded cache that every catalog write empties, so a
 * repeated read costs a lookup.
 */
@ApplicationScoped
public class HttpCaching {

    private static final CacheControl PUBLIC_MINUTE = CacheControl.valueOf("public, max-age=60");

    @Inject
    ObjectMapper json;
    @Inject
    @CacheName(CatalogService.RESPONSE_CACHE)
    Cache responses;

    /** A rendered answer: the exact bytes and their entity tag. */
    record Rendered(byte[] body, EntityTag tag) {
    }

    /** @param body computes the answer; call only after the request's parameters were validated */
    public Response ok(Request request, UriInfo uri, Supplier<Object> body) {
        Rendered rendered = responses.<String, Rendered>get(uri.getRequestUri().toString(), key -> render(body.get()))
                .await().indefinitely();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(rendered.tag());
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(rendered.tag()).cacheControl(PUBLIC_MINUTE).build();
    }

    private Rendered render(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return new Rendered(bytes, new EntityTag(digest(bytes)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
