package org.backhabit.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * Reading the request failed: the client closed the connection or stopped sending its body. The
 * client's doing, not a server error, so no error log and no 500 (usually nobody is left to read it).
 */
@Provider
public class ClientIoExceptionMapper implements ExceptionMapper<IOException> {

    private static final Logger LOG = Logger.getLogger(ClientIoExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(IOException exception) {
        LOG.debugf("request not readable: %s", exception.getMessage());
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read completely.")
                .withInstance(Paths.of(uriInfo)).toResponse();
    }
}
