package org.backhabit.progress.export;

import org.backhabit.progress.rest.CurrentUser;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.ExportFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/progress/me")
@Authenticated
@Tag(name = "Export", description = "The caller's data, to keep or move")
@SecurityRequirement(name = "jwt")
public class ExportResource {

    @Inject
    CurrentUser user;
    @Inject
    ExportService exports;
    @Inject
    ImportService imports;

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV})
    @Operation(operationId = "exportProgress", summary = "Export everything progress holds about the caller",
            description = "format=json (default): goal, weeks, session facts, check-ins, pauses, prompts, shares, recommendations and the "
                    + "access log. format=csv: the same as one table, a row per record told apart by the record column (GOAL, PAUSE, WEEK, SESSION, "
                    + "CHECK_IN, PROMPT, SHARE, RECOMMENDATION, ACCESS), the other columns the union of their fields; text cells "
                    + "starting with =, +, -, @, tab or CR are prefixed with an apostrophe so a spreadsheet does not run them.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = ExportDocument.class)),
            @Content(mediaType = ExportFormat.CSV, schema = @Schema(type = SchemaType.STRING, description = "One table, first column record"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = "application/problem+json"))
    public Response export(@Parameter(description = "json or csv", example = "csv", schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json")) @QueryParam("format") String format) {
        return ExportFormat.answer(format, exports.export(user.id()), exports::csv, "backhabit-progress");
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importProgress", summary = "Import progress's own JSON export",
            description = "Brings back the goal and the pauses (each under its own id: one already present is left alone, so importing "
                    + "twice adds nothing). Sessions and check-ins come back through session-service's POST /me/import. A bad file "
                    + "changes nothing and the problem names the line.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)))
    @APIResponse(responseCode = "200", description = "What was added", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A line of the file is bad; violations name it", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    public ImportReport importExport(byte[] body) {
        return imports.importExport(user.id(), body);
    }
}
