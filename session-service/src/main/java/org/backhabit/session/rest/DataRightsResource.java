package org.backhabit.session.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.ExportFormat;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.model.ErasureView;
import org.backhabit.session.model.ImportReport;
import org.backhabit.session.model.SessionExport;
import org.backhabit.session.service.ErasureService;
import org.backhabit.session.service.ExportService;
import org.backhabit.session.service.ImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's data rights: take everything out, bring it back in, have it erased everywhere. */
@Path("/me")
@Authenticated
@Tag(name = "Data rights", description = "Complete export, import and erasure of the caller's data")
@SecurityRequirement(name = "jwt")
public class DataRightsResource {

    @Inject
    CurrentUser user;
    @Inject
    ExportService exports;
    @Inject
    ImportService imports;
    @Inject
    ErasureService erasures;

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV})
    @Operation(operationId = "exportMyData", summary = "Everything this service holds about the caller",
            description = "Every session with its exercises and notes, every check-in with areas and red flags. format=json (default) "
                    + "can be imported again; format=csv is one table (column record = SESSION or CHECK_IN, the other columns the union "
                    + "of their fields) whose text cells are safe to open in a spreadsheet: a cell starting with =, +, -, @, tab or CR "
                    + "is prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionExport.class)),
            @Content(mediaType = ExportFormat.CSV, schema = @Schema(type = SchemaType.STRING, description = "One table, first column record"))})
    @APIResponse(responseCode = "400", description = "format is neither json nor csv", content = @Content(mediaType = "application/problem+json"))
    public Response export(@Parameter(description = "json (default) or csv", example = "json",
            schema = @Schema(enumeration = {"json", "csv"}, defaultValue = "json")) @QueryParam("format") String format) {
        return ExportFormat.answer(format, exports.export(user.id()), exports::csv, "backhabit-sessions");
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importMyExport", summary = "Import this service's own JSON export",
            description = "Records keep their ids: one already present is left alone, so importing twice adds nothing. The whole file is "
                    + "checked first; a bad file changes nothing and the problem names each bad line. Imported history may be older "
                    + "than the 90 days live recording accepts. Each imported record is announced like a new one, so progress counts it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionExport.class)))
    @APIResponse(responseCode = "200", description = "What was added", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A line of the file is bad; violations name it", content = @Content(mediaType = "application/problem+json"))
    public ImportReport importJson(byte[] body) {
        return imports.importExport(user.id(), body);
    }

    @POST
    @Path("/import")
    @Consumes(ExportFormat.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importLoopCsv", summary = "Import Loop Habit Tracker's checkmarks CSV",
            description = "A habit's Checkmarks.csv (Date,Value[,Notes] or headerless) or the overall Checkmarks.csv (Date,<habit>,...; "
                    + "choose the column with habit). Each day checked by hand (YES_MANUAL or 2) becomes a session at noon in timeZone; "
                    + "the others (YES_AUTO, NO, UNKNOWN, SKIP) are no session. Idempotent per user and day; a bad line rejects the "
                    + "whole file and is named in the problem.")
    @RequestBody(content = @Content(mediaType = ExportFormat.CSV, example = "Date,Value,Notes\n2026-11-16,YES_MANUAL,\n2026-11-17,NO,\n"))
    @APIResponse(responseCode = "200", description = "What was added", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A bad line or parameter; violations name it", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "routineSlug is not in the catalog", content = @Content(mediaType = "application/problem+json"))
    public ImportReport importLoop(
            @Parameter(description = "IANA zone the days are in", example = "Europe/Berlin") @QueryParam("timeZone") String timeZone,
            @Parameter(description = "The habit column of an overall Checkmarks.csv") @QueryParam("habit") String habit,
            @Parameter(description = "Routine to record each day as (default: none, counted as MOBILITY)", example = "posture-strength")
            @QueryParam("routineSlug") String routineSlug,
            @Parameter(description = "Minutes per session, 1 to 240", example = "15") @QueryParam("durationMinutes") String durationMinutes,
            byte[] body) {
        return imports.importLoop(user.id(), body, new ImportService.LoopOptions(timeZone == null ? "UTC" : timeZone, habit,
                routineSlug, Params.intValue("durationMinutes", durationMinutes, 1, 240, 15)));
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseMe", summary = "Erase everything held about the caller, in every service",
            description = "Deletes the caller's data here at once, shreds the key their events in Kafka are sealed with (so no copy "
                    + "can be read any more) and emits user.erased.v1, on which every other service deletes its data and confirms. "
                    + "Follow the state at GET /me/erasure. Asking again while nothing new was recorded returns the same erasure.")
    @APIResponse(responseCode = "202", description = "Erasure under way", content = @Content(schema = @Schema(implementation = ErasureView.class)))
    public Response erase() {
        return Response.accepted(erasures.erase(user.id(), "SELF")).build();
    }

    @GET
    @Path("/erasure")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMyErasure", summary = "The state of the caller's latest erasure")
    @APIResponse(responseCode = "200", description = "IN_PROGRESS or DONE, with the services that confirmed",
            content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "404", description = "The caller was never erased", content = @Content(mediaType = "application/problem+json"))
    public ErasureView erasure() {
        return erasures.latest(user.id()).orElseThrow(() -> ProblemException.notFound("No erasure was asked for."));
    }
}
