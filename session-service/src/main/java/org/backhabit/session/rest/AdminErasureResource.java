package org.backhabit.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.model.ErasureView;
import org.backhabit.session.service.ErasureService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure ordered by an administrator, e.g. on a request that reached support. */
@Path("/admin/users/{userId}")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations for the admin group")
@SecurityRequirement(name = "jwt")
public class AdminErasureResource {

    @Inject
    ErasureService erasures;

    @DELETE
    @Operation(operationId = "eraseUser", summary = "Erase everything held about a user, in every service", description = "As DELETE /me, for any user id.")
    @APIResponse(responseCode = "202", description = "Erasure under way", content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "403", description = "Not in the admin group", content = @Content(mediaType = "application/problem+json"))
    public Response erase(@Parameter(description = "The user's id (the sub of their tokens)") @PathParam("userId") String userId) {
        return Response.accepted(erasures.erase(checked(userId), "ADMIN")).build();
    }

    @GET
    @Path("/erasure")
    @Operation(operationId = "getUserErasure", summary = "The state of a user's latest erasure")
    @APIResponse(responseCode = "200", description = "IN_PROGRESS or DONE", content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "404", description = "The user was never erased", content = @Content(mediaType = "application/problem+json"))
    public ErasureView erasure(@Parameter(description = "The user's id") @PathParam("userId") String userId) {
        return erasures.latest(checked(userId)).orElseThrow(() -> ProblemException.notFound("No erasure of this user."));
    }

    private static String checked(String userId) {
        if (userId.isBlank() || userId.length() > 200) {
            throw ProblemException.badRequest("userId", "must be 1 to 200 characters");
        }
        return userId;
    }
}
