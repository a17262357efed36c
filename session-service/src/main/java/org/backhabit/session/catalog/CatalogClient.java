package org.backhabit.session.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's public reads, as far as sessions need them. Answers are read as raw responses so a 404 is data, not an error. */
@RegisterRestClient(configKey = "catalog")
public interface CatalogClient {

    @GET
    @Path("/routines/{slug}")
    Response routine(@PathParam("slug") String slug);

    @GET
    @Path("/exercises/{slug}")
    Response exercise(@PathParam("slug") String slug);
}
