package org.backhabit.session.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.Params;
import org.backhabit.problem.RateLimited;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.model.CheckInPage;
import org.backhabit.session.model.CheckInRequest;
import org.backhabit.session.model.CheckInView;
import org.backhabit.session.service.CheckInService;
import org.backhabit.session.service.IdempotencyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/check-ins")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-ins", description = "The caller's pain check-ins")
@SecurityRequirement(name = "jwt")
public class CheckInResource {

    @Inject
    CurrentUser user;
    @Context
    HttpHeaders headers;
    @Inject
    CheckInService checkIns;
    @Inject
    IdempotencyService idempotency;

    @POST
    @Operation(operationId = "recordCheckIn", summary = "Record a pain check-in", description = "Emits checkin.recorded.v1. Any red flag makes progress raise an urgent prompt to seek care.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Same Idempotency-Key still in flight", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit",
            content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response record(@Parameter(description = "Client-chosen key making retries safe, per user, kept 24 h") @HeaderParam("Idempotency-Key") String key, @Valid @NotNull CheckInRequest body) {
        String userId = user.id();
        return idempotency.execute(userId, IdempotencyService.keyOf(key, headers), "POST /check-ins", body, ticket -> {
            CheckInView view = checkIns.record(userId, body, ticket);
            return Response.created(URI.create("/check-ins/" + view.id())).entity(view).build();
        });
    }

    @GET
    @Operation(operationId = "listCheckIns", summary = "List the caller's check-ins, newest first", description = "from/to filter on the local date, inclusive.")
    @APIResponse(responseCode = "200", description = "The check-ins", content = @Content(schema = @Schema(implementation = CheckInPage.class)))
    public CheckInPage list(@Parameter(description = "First local date, inclusive", example = "2026-11-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                            @Parameter(description = "Last local date, inclusive", example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                            @Parameter(description = "At most this many, 1 to 500", example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit) {
        return checkIns.list(user.id(), Params.date("from", from), Params.date("to", to), Params.intValue("limit", limit, 1, 500, 100));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCheckIn", summary = "One of the caller's check-ins")
    @APIResponse(responseCode = "200", description = "The check-in", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "404", description = "No such check-in for this user", content = @Content(mediaType = "application/problem+json"))
    public CheckInView get(@Parameter(description = "Check-in id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return checkIns.get(user.id(), Params.idOrNotFound(id)).orElseThrow(() -> ProblemException.notFound("No such check-in."));
    }
}
