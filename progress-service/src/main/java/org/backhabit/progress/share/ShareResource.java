package org.backhabit.progress.share;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.Params;
import org.backhabit.progress.rest.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The person's side of sharing: their shares, who read what, and their clinicians' recommendations. */
@Path("/progress/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Shares with clinicians, the access log and recommendations")
@SecurityRequirement(name = "jwt")
public class ShareResource {

    @Inject
    CurrentUser user;
    @Inject
    Shares shares;
    @Inject
    AccessLog accessLog;
    @Inject
    Recommendations recommendations;

    @POST
    @Path("/shares")
    @Operation(operationId = "createShare", summary = "Share with a clinician", description = "Names the clinician's user id, or, without it, issues a one-time invite "
            + "code the clinician redeems at POST /clinician/invites. Read-only, within the scope, until expiresAt (at most a year) or revocation.")
    @APIResponse(responseCode = "201", description = "The share", content = @Content(schema = @Schema(implementation = ShareView.class)))
    @APIResponse(responseCode = "400", description = "Bad scope, expiry or clinician", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull ShareRequest body) {
        ShareView share = shares.create(user.id(), body);
        return Response.created(URI.create("/progress/me/shares/" + share.id())).entity(share).build();
    }

    @GET
    @Path("/shares")
    @Operation(operationId = "listShares", summary = "The caller's shares, newest first, with their state")
    @APIResponse(responseCode = "200", description = "The shares")
    public Map<String, List<ShareView>> list() {
        return Map.of("items", shares.list(user.id()));
    }

    @DELETE
    @Path("/shares/{id}")
    @Operation(operationId = "revokeShare", summary = "Revoke a share", description = "Takes effect at once; the clinician then gets 404 for this person.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such share of the caller", content = @Content(mediaType = "application/problem+json"))
    public Response revoke(@Parameter(description = "Share id") @PathParam("id") String id) {
        shares.revoke(user.id(), Params.idOrNotFound(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/access-log")
    @Operation(operationId = "listAccessLog", summary = "Who read the caller's data, what and when", description = "Every clinician read, newest first.")
    @APIResponse(responseCode = "200", description = "The entries")
    public Map<String, List<AccessLogEntry>> accessLog(@Parameter(description = "At most this many, 1 to 1000", example = "100") @QueryParam("limit") String limit) {
        return Map.of("items", accessLog.of(user.id(), Params.intValue("limit", limit, 1, 1000, 100)));
    }

    @GET
    @Path("/recommendations")
    @Operation(operationId = "listRecommendations", summary = "Recommendations from the caller's clinicians, newest first")
    @APIResponse(responseCode = "200", description = "The recommendations")
    public Map<String, List<RecommendationView>> recommendations() {
        return Map.of("items", recommendations.list(user.id()));
    }

    @POST
    @Path("/recommendations/{id}/accept")
    @Operation(operationId = "acceptRecommendation", summary = "Accept a recommendation", description = "Sets the weekly goal to the recommended one, if any, and dismisses its prompt.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such recommendation for the caller", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = "application/problem+json"))
    public RecommendationView accept(@Parameter(description = "Recommendation id") @PathParam("id") String id) {
        return recommendations.decide(user.id(), Params.idOrNotFound(id), true);
    }

    @POST
    @Path("/recommendations/{id}/ignore")
    @Operation(operationId = "ignoreRecommendation", summary = "Ignore a recommendation", description = "Changes nothing but dismisses its prompt.")
    @APIResponse(responseCode = "200", description = "Ignored", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such recommendation for the caller", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = "application/problem+json"))
    public RecommendationView ignore(@Parameter(description = "Recommendation id") @PathParam("id") String id) {
        return recommendations.decide(user.id(), Params.idOrNotFound(id), false);
    }
}
