package org.backhabit.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Public, cacheable reads: the ETag is a digest of the exact body, so it changes exactly when the
 * answer changes, and {@code If-None-Match} with a current tag gets 304 without a body.
 */
@ApplicationScoped
public class HttpCaching {

    private static final CacheControl PUBLIC_MINUTE = CacheControl.valueOf("public, max-age=60");

    @Inject
    ObjectMapper json;

    public Response ok(Request request, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        EntityTag tag = new EntityTag(digest(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE);
        return response.tag(tag).cacheControl(PUBLIC_MINUTE).build();
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
