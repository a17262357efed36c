package org.backhabit.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.notification.model.NotificationExport;
import org.backhabit.notification.service.ExportService;
import org.backhabit.problem.ExportFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/notifications/me/export")
@Authenticated
@Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV})
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
                    + "the weekly reminder and every delivery (webhook secrets and push keys are credentials, not data about the "
                    + "person, and stay out). format=json (default), or format=csv: the same as one table, a row per record told apart "
                    + "by the record column (EMAIL, WEBHOOK, PUSH_SUBSCRIPTION, PREFERENCES, REMINDER, DELIVERY), the other columns the "
                    + "union of their fields; text cells starting with =, +, -, @, tab or CR are prefixed with an apostrophe. Sessions "
                    + "and check-ins are exported by session-service (GET /me/export), goal, pauses, prompts and shares by "
                    + "progress-service (GET /progress/me/export).")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationExport.class)),
            @Content(mediaType = ExportFormat.CSV, schema = @Schema(type = SchemaType.STRING, description = "One table, first column record"))})
    @APIResponse(responseCode = "400", description = "format is neither json nor csv", content = @Content(mediaType = "application/problem+json"))
    public Response export(@Parameter(description = "json (default) or csv", example = "csv",
            schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json")) @QueryParam("format") String format) {
        return ExportFormat.answer(format, export.export(user.id()), export::csv, "backhabit-notifications");
    }
}
