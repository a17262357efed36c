package org.backhabit.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.notification.model.NotificationExport;
import org.backhabit.notification.service.ExportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notifications/me/export")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data rights", description = "The caller's data held by this service")
@SecurityRequirement(name = "jwt")
public class ExportResource {

    @Inject
    CurrentUser user;
    @Inject
    ExportService export;

    @GET
    @Operation(operationId = "exportNotifications", summary = "Export everything held about the caller here",
            description = "The notification part of the complete export: e-mail address, webhooks, push subscriptions, preferences, "
                    + "the weekly reminder and every delivery. Sessions and check-ins are exported by session-service "
                    + "(GET /me/export), goal, pauses, prompts and shares by progress-service (GET /progress/me/export).")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(schema = @Schema(implementation = NotificationExport.class)))
    public NotificationExport export() {
        return export.export(user.id());
    }
}
