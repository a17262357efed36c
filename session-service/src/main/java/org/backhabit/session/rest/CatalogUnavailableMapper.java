package org.backhabit.session.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.backhabit.problem.Problem;
import org.backhabit.session.catalog.CatalogUnavailableException;

/** The catalog is down and the slug was never seen: the client should retry later, nothing was stored. */
@Provider
public class CatalogUnavailableMapper implements ExceptionMapper<CatalogUnavailableException> {

    @Override
    public Response toResponse(CatalogUnavailableException exception) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The exercise catalog cannot be reached to check this session; nothing was stored. Retry shortly.").toResponse())
                .header("Retry-After", "30")
                .build();
    }
}
