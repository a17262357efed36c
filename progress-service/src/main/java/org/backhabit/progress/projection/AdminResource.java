package org.backhabit.progress.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/projections/rebuild")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations (admin group)")
@SecurityRequirement(name = "jwt")
public class AdminResource {

    @Inject
    ProjectionRebuild rebuild;

    @POST
    @Operation(operationId = "startProjectionRebuild", summary = "Rebuild every projection from the event log", description = "Replays session-events from the start into fresh "
            + "projections while the service keeps answering from the current ones, then switches. Poll GET for progress.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "A rebuild is already running", content = @Content(mediaType = "application/problem+json"))
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Operation(operationId = "getProjectionRebuild", summary = "State of the last or running rebuild")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    public RebuildStatus status() {
        return rebuild.status();
    }
}
