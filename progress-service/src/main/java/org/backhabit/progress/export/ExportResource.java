package org.backhabit.progress.export;

import org.backhabit.progress.rest.CurrentUser;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/progress/me/export")
@Authenticated
@Tag(name = "Export", description = "The caller's data, to keep or move")
@SecurityRequirement(name = "jwt")
public class ExportResource {

    @Inject
    CurrentUser user;
    @Inject
    ExportService exports;

    @GET
    @Produces({"application/json", "text/csv"})
    @Operation(operationId = "exportProgress", summary = "Export every week and every session fact", description = "format=json (default) or csv. The CSV is one table: "
            + "a row per week, then a row per session, told apart by the record column.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ExportDocument.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, description = "One table: a row per week, then a row per session"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = "application/problem+json"))
    public Response export(@Parameter(description = "json or csv", example = "csv", schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json")) @QueryParam("format") String format) {
        String chosen = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        ExportDocument export = exports.export(user.id());
        return switch (chosen) {
            case "json" -> Response.ok(export, "application/json").build();
            case "csv" -> Response.ok(exports.csv(export), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"progress-export.csv\"").build();
            default -> throw ProblemException.badRequest("format", "must be json or csv");
        };
    }
}
