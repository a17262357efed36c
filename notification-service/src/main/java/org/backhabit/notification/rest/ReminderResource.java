package org.backhabit.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.notification.model.DeliveryPage;
import org.backhabit.notification.model.DeliveryView;
import org.backhabit.notification.model.Preferences;
import org.backhabit.notification.model.ReminderRequest;
import org.backhabit.notification.model.ReminderView;
import org.backhabit.notification.repository.DeliveryRepository;
import org.backhabit.notification.service.PreferenceService;
import org.backhabit.notification.service.ReminderService;
import org.backhabit.problem.Params;
import org.backhabit.problem.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders and preferences", description = "When to remind, what not to send, quiet hours, and what was delivered")
@SecurityRequirement(name = "jwt")
public class ReminderResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CurrentUser user;
    @Inject
    ReminderService reminders;
    @Inject
    PreferenceService preferences;
    @Inject
    DeliveryRepository deliveries;

    @PUT
    @Path("/me/reminders")
    @Operation(operationId = "setReminder", summary = "Set the weekly reminder", description = "Sent at localTime on each chosen day in timeZone, unless the person "
            + "already exercised that local day or is paused. A time the clocks skip moves to the next valid minute; a repeated one fires once.")
    @APIResponse(responseCode = "200", description = "Set, with the next occurrence", content = @Content(schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "400", description = "No days, bad time or unknown zone", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public ReminderView putReminder(@Valid @NotNull ReminderRequest body) {
        return reminders.put(user.id(), body);
    }

    @GET
    @Path("/me/reminders")
    @Operation(operationId = "getReminder", summary = "The weekly reminder and its next occurrence")
    @APIResponse(responseCode = "200", description = "The reminder", content = @Content(schema = @Schema(implementation = ReminderView.class)))
    @APIResponse(responseCode = "404", description = "No reminder set", content = @Content(mediaType = PROBLEM))
    public ReminderView reminder() {
        return reminders.get(user.id());
    }

    @DELETE
    @Path("/me/reminders")
    @Operation(operationId = "deleteReminder", summary = "Stop the weekly reminder")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No reminder set", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response deleteReminder() {
        reminders.delete(user.id());
        return Response.noContent().build();
    }

    @PUT
    @Path("/me/preferences")
    @Operation(operationId = "setPreferences", summary = "Set quiet hours and opt-outs", description = "During quiet hours only URGENT prompts go out; the rest waits for "
            + "their end. Opted-out prompt types are not sent (RED_FLAG cannot be opted out of).")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "400", description = "Bad time, zone or prompt type", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Preferences putPreferences(@Valid @NotNull Preferences body) {
        return preferences.put(user.id(), body);
    }

    @GET
    @Path("/me/preferences")
    @Operation(operationId = "getPreferences", summary = "Quiet hours and opt-outs")
    public Preferences preferences() {
        return preferences.get(user.id());
    }

    @GET
    @Path("/me/deliveries")
    @Operation(operationId = "listDeliveries", summary = "What was sent where", description = "The caller's deliveries, newest first: channel, what, status, attempts, last error.")
    @APIResponse(responseCode = "200", description = "The deliveries", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "limit out of range", content = @Content(mediaType = PROBLEM))
    public DeliveryPage deliveries(@Parameter(description = "At most this many, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        int size = Params.intValue("limit", limit, 1, 200, 50);
        return new DeliveryPage(deliveries.recentOf(user.id(), size).stream().map(DeliveryView::of).toList());
    }
}
