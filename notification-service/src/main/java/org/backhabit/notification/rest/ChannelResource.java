package org.backhabit.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.model.EmailRequest;
import org.backhabit.notification.model.EmailView;
import org.backhabit.notification.model.PushSubscriptionRequest;
import org.backhabit.notification.model.PushSubscriptionView;
import org.backhabit.notification.model.VapidKeyView;
import org.backhabit.notification.model.WebhookCreated;
import org.backhabit.notification.model.WebhookRequest;
import org.backhabit.notification.model.WebhookView;
import org.backhabit.notification.service.ChannelService;
import org.backhabit.problem.Params;
import org.backhabit.problem.RateLimited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "Where prompts and reminders reach the person: e-mail, webhooks, Web Push")
@SecurityRequirement(name = "jwt")
public class ChannelResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CurrentUser user;
    @Inject
    ChannelService channels;

    @PUT
    @Path("/me/email")
    @Operation(operationId = "setEmail", summary = "Set the e-mail address", description = "Replaces the address and enables it again (also after an unsubscribe or a failure).")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = EmailView.class)))
    @APIResponse(responseCode = "400", description = "Not a plain e-mail address", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public EmailView putEmail(@Valid @NotNull EmailRequest body) {
        return channels.putEmail(user.id(), body);
    }

    @GET
    @Path("/me/email")
    @Operation(operationId = "getEmail", summary = "The e-mail channel", description = "With disabledReason when it stopped: unsubscribed, or failing for 24 h.")
    @APIResponse(responseCode = "200", description = "The address", content = @Content(schema = @Schema(implementation = EmailView.class)))
    @APIResponse(responseCode = "404", description = "No address set", content = @Content(mediaType = PROBLEM))
    public EmailView email() {
        return channels.email(user.id());
    }

    @DELETE
    @Path("/me/email")
    @Operation(operationId = "deleteEmail", summary = "Remove the e-mail address")
    @APIResponse(responseCode = "204", description = "Removed; waiting deliveries to it end")
    @APIResponse(responseCode = "404", description = "No address set", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response deleteEmail() {
        channels.deleteEmail(user.id());
        return Response.noContent().build();
    }

    @POST
    @Path("/me/webhooks")
    @Operation(operationId = "addWebhook", summary = "Add a webhook endpoint", description = "Requests are signed per Standard Webhooks (webhook-id, webhook-timestamp, "
            + "webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>). The secret is shown only in this answer. "
            + "Loopback and private addresses are refused unless the deployment allows them.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    @APIResponse(responseCode = "400", description = "Bad or refused URL, or malformed secret", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response addWebhook(@Valid @NotNull WebhookRequest body) {
        WebhookCreated created = channels.addWebhook(user.id(), body);
        return Response.created(URI.create("/notifications/me/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/me/webhooks")
    @Operation(operationId = "listWebhooks", summary = "The caller's webhook endpoints", description = "Without secrets; disabledReason says why an endpoint stopped.")
    public List<WebhookView> webhooks() {
        return channels.webhooks(user.id());
    }

    @DELETE
    @Path("/me/webhooks/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook endpoint")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such endpoint for this user", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response deleteWebhook(@Parameter(description = "Webhook id") @PathParam("id") String id) {
        channels.delete(user.id(), ChannelKind.WEBHOOK, Params.idOrNotFound(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/me/push-subscriptions")
    @Operation(operationId = "addPushSubscription", summary = "Store a browser push subscription", description = "The PushSubscription JSON a browser gives, subscribed with "
            + "the key from /notifications/vapid-public-key. Storing the same endpoint again updates it.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = PushSubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Bad endpoint or keys", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response subscribe(@Valid @NotNull PushSubscriptionRequest body) {
        PushSubscriptionView view = channels.subscribe(user.id(), body);
        return Response.created(URI.create("/notifications/me/push-subscriptions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/me/push-subscriptions")
    @Operation(operationId = "listPushSubscriptions", summary = "The caller's push subscriptions")
    public List<PushSubscriptionView> pushSubscriptions() {
        return channels.pushSubscriptions(user.id());
    }

    @DELETE
    @Path("/me/push-subscriptions/{id}")
    @Operation(operationId = "deletePushSubscription", summary = "Remove a push subscription")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription for this user", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After and RateLimit", content = @Content(mediaType = PROBLEM))
    @RateLimited
    public Response deleteSubscription(@Parameter(description = "Subscription id") @PathParam("id") String id) {
        channels.delete(user.id(), ChannelKind.PUSH, Params.idOrNotFound(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/vapid-public-key")
    @Operation(operationId = "getVapidPublicKey", summary = "The VAPID public key", description = "The applicationServerKey for PushManager.subscribe().")
    public VapidKeyView vapidPublicKey() {
        user.id();
        return new VapidKeyView(channels.vapidPublicKey());
    }
}
