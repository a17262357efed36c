package org.backhabit.progress.pause;

import org.backhabit.progress.rest.CurrentUser;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.RateLimited;
import org.backhabit.problem.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/progress/me/pauses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pauses", description = "Breaks that neither break nor extend a streak")
@SecurityRequirement(name = "jwt")
public class PauseResource {

    @Inject
    CurrentUser user;
    @Inject
    PauseService pauses;

    @POST
    @Operation(operationId = "createPause", summary = "Pause the goal", description = "At most 14 days; must not overlap another pause. A week covered for 4 days or more "
            + "counts neither for nor against the streak and raises no nudges.")
    @APIResponse(responseCode = "201", description = "Paused", content = @Content(schema = @Schema(implementation = PauseView.class)))
    @APIResponse(responseCode = "400", description = "Dates out of order, longer than 14 days, or unknown reason", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Overlaps an existing pause", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response create(@Valid @NotNull PauseRequest body) {
        PauseView pause = pauses.create(user.id(), body);
        return Response.created(URI.create("/progress/me/pauses/" + pause.id())).entity(pause).build();
    }

    @GET
    @Operation(operationId = "listPauses", summary = "The caller's pauses, earliest first")
    public List<PauseView> list() {
        return pauses.list(user.id());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePause", summary = "End or cancel a pause")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such pause for this user", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response delete(@Parameter(description = "Pause id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        pauses.delete(user.id(), Params.idOrNotFound(id));
        return Response.noContent().build();
    }
}
