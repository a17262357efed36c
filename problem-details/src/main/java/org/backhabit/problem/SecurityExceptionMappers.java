package org.backhabit.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 401 and 403 as problem+json. Needs {@code quarkus.http.auth.proactive=false}, so that
 * authentication runs inside the REST layer where these mappers apply.
 */
public final class SecurityExceptionMappers {

    private SecurityExceptionMappers() {
    }

    static Response unauthorized(UriInfo uriInfo) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.")
                        .withInstance(Paths.of(uriInfo)).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(UnauthorizedException exception) {
            return unauthorized(uriInfo);
        }
    }

    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return unauthorized(uriInfo);
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ForbiddenException exception) {
            return Problem.of(Response.Status.FORBIDDEN, "The token does not grant access to this resource.")
                    .withInstance(Paths.of(uriInfo)).toResponse();
        }
    }
}
