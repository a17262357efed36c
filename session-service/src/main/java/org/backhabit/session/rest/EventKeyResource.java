package org.backhabit.session.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.event.UserKeys;
import org.backhabit.session.model.EventKeyList;
import org.backhabit.session.model.EventKeyLookup;
import org.backhabit.session.model.EventKeyView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Base64;
import java.util.Set;

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
        return view(keys.keyFor(userId));
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpEventKeys", summary = "The keys a batch of sealed events names, in one call",
            description = "Needs the group service. Answers the keys that exist; one left out was shredded by an erasure, so its events can no longer be read.")
    @APIResponse(responseCode = "200", description = "The keys that exist", content = @Content(schema = @Schema(implementation = EventKeyList.class)))
    @APIResponse(responseCode = "400", description = "keyIds missing, empty, over 500 or not UUIDs", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token lacks the group service", content = @Content(mediaType = "application/problem+json"))
    public EventKeyList lookUp(@Valid @NotNull EventKeyLookup body) {
        return new EventKeyList(keys.byKeyIds(Set.copyOf(body.keyIds())).stream().map(EventKeyResource::view).toList());
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
                .map(EventKeyResource::view)
                .orElseThrow(() -> ProblemException.notFound("No event key " + keyId + "."));
    }

    private static EventKeyView view(UserKeys.UserKey key) {
        return new EventKeyView(key.keyId(), Base64.getEncoder().encodeToString(key.secret()));
    }
}
