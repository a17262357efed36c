package org.backhabit.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Anything unforeseen: logged with a reference the client can quote, answered without internals.
 * An unreachable database is foreseen: 503 with Retry-After, so clients retry instead of giving up.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        if (DatabaseOutage.causes(exception)) {
            LOG.warnf("database unreachable: %s", exception.getMessage());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database right now. Try again shortly.")
                    .withInstance(Paths.of(uriInfo)).toResponse())
                    .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error, reference %s", reference);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete the request (reference " + reference + ").")
                .withInstance(Paths.of(uriInfo)).toResponse();
    }
}
