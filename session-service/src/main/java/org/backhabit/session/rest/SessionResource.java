package org.backhabit.session.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.backhabit.session.model.SessionPage;
import org.backhabit.session.model.SessionRequest;
import org.backhabit.session.model.SessionView;
import org.backhabit.session.service.IdempotencyService;
import org.backhabit.session.service.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "The caller's completed routines")
@SecurityRequirement(name = "jwt")
public class SessionResource {

    @Inject
    CurrentUser user;
    @Context
    HttpHeaders headers;
    @Inject
    SessionService sessions;
    @Inject
    IdempotencyService idempotency;

    @POST
    @Operation(operationId = "recordSession", summary = "Record a completed session",
            description = "Stores the session and its session.recorded.v1 event in one transaction. With an Idempotency-Key, "
                    + "a retry returns the first response; the same key with another body is 422, while the first is in flight 409.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule; violations name each", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Same Idempotency-Key still in flight", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown routine or exercise slug, or Idempotency-Key reused with another body",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Catalog unreachable and slug not known; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response record(
            @Parameter(description = "Client-chosen key making retries safe, per user, kept 24 h", example = "3f1c8a2e-5b7d-4f2a-9c1e-2d4b6a8c0e11")
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull SessionRequest body) {
        String userId = user.id();
        return idempotency.execute(userId, IdempotencyService.keyOf(key, headers), "POST /sessions", body, ticket -> {
            SessionView view = sessions.record(userId, body, ticket);
            return Response.created(URI.create("/sessions/" + view.id())).entity(view).build();
        });
    }

    @GET
    @Operation(operationId = "listSessions", summary = "List the caller's sessions, newest first", description = "from/to filter on localDate (inclusive). "
            + "Pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = SessionPage.class)))
    @APIResponse(responseCode = "400", description = "Bad date, limit or cursor", content = @Content(mediaType = "application/problem+json"))
    public SessionPage list(@Parameter(description = "First local date, inclusive", example = "2026-11-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                            @Parameter(description = "Last local date, inclusive", example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                            @Parameter(description = "Page size, 1 to 200", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return sessions.list(user.id(), Params.date("from", from), Params.date("to", to), Params.intValue("limit", limit, 1, 200, 50), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSession", summary = "One of the caller's sessions")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No such session for this user", content = @Content(mediaType = "application/problem+json"))
    public SessionView get(@Parameter(description = "Session id", example = "0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return sessions.get(user.id(), Params.idOrNotFound(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "correctSession", summary = "Correct a session", description = "Replaces it with the body (same rules as POST) and emits session.corrected.v1.")
    @APIResponse(responseCode = "200", description = "The corrected session", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such session for this user", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown slug", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public SessionView correct(@Parameter(description = "Session id", example = "0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, @Valid @NotNull SessionRequest body) {
        return sessions.correct(user.id(), Params.idOrNotFound(id), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSession", summary = "Delete a session", description = "Emits session.deleted.v1; progress stops counting it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such session for this user", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response delete(@Parameter(description = "Session id", example = "0b6f3c52-8d1e-4c7a-9f2b-1a2b3c4d5e6f", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        sessions.delete(user.id(), Params.idOrNotFound(id));
        return Response.noContent().build();
    }
}
