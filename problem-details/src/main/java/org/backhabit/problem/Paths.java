package org.backhabit.problem;

import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

final class Paths {

    private Paths() {
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
