package org.backhabit.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.service.CatalogService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance", description = "When to stop self-care and seek care")
public class GuidanceResource {

    @Inject
    CatalogService catalog;
    @Inject
    HttpCaching caching;

    @GET
    @Path("/red-flags")
    @Operation(summary = "Red flags", description = "Warning signs for which a person should stop the routines and get medical care; "
            + "IMMEDIATE means now (emergency services), SOON means within days.")
    @APIResponse(responseCode = "200", description = "Every red flag",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RedFlag.class)))
    public Response redFlags(@Context Request request, @Context UriInfo uri) {
        return caching.ok(request, uri, catalog::redFlags);
    }
}
