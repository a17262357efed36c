package org.backhabit.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.event.UserKeys;
import org.backhabit.session.model.EventKeyView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Base64;

/** Hands a person's event key to the services that consume their events; only tokens with the group {@code service}. */
@Path("/internal/event-keys")
@RolesAllowed("service")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event keys", description = "For consuming services: the keys that open sealed event data")
@SecurityRequirement(name = "jwt")
public class EventKeyResource {

    @Inject
    UserKeys keys;

    @PUT
    @Path("/by-user/{userId}")
    @Transactional
    @Operation(operationId = "currentEventKey", summary = "The person's current key, created if they have none",
            description = "Needs the group service. For a service that publishes data about a person before any event of theirs named a key.")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = EventKeyView.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the group service", content = @Content(mediaType = "application/problem+json"))
    public EventKeyView forUser(@Parameter(description = "The person's user id") @PathParam("userId") String userId) {
        if (userId.isBlank() || userId.length() > 200) {
            throw ProblemException.badRequest("userId", "must be 1 to 200 characters");
        }
        UserKeys.UserKey key = keys.keyFor(userId);
        return new EventKeyView(key.keyId(), Base64.getEncoder().encodeToString(key.secret()));
    }

    @GET
    @Path("/{keyId}")
    @Operation(operationId = "getEventKey", summary = "The key a sealed event names",
            description = "Needs the group service. 404 once the person was erased: their events can no longer be read by anyone.")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = EventKeyView.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the group service", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such key (never existed, or shredded by an erasure)", content = @Content(mediaType = "application/problem+json"))
    public EventKeyView get(@Parameter(description = "keyId from the sealed event data") @PathParam("keyId") String keyId) {
        return keys.byKeyId(Params.idOrNotFound(keyId))
                .map(k -> new EventKeyView(k.keyId(), Base64.getEncoder().encodeToString(k.secret())))
                .orElseThrow(() -> ProblemException.notFound("No event key " + keyId + "."));
    }
}
