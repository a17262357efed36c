package org.backhabit.problem;

import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

final class Paths {

    private Paths() {
    }

    /** A raw request path as a problem's {@code instance}; null when it is no valid URI path or too long to repeat. */
    static URI of(String rawPath) {
        try {
            return rawPath == null || rawPath.length() > 2048 ? null : URI.create(rawPath);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The request path as the problem's {@code instance}; null outside a request. */
    static URI of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : URI.create(uriInfo.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
