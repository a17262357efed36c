package org.backhabit.progress.clinician;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.Params;
import org.backhabit.progress.domain.PromptWording;
import org.backhabit.progress.domain.WeekSummary;
import org.backhabit.progress.dashboard.Dashboard;
import org.backhabit.progress.dashboard.DashboardService;
import org.backhabit.progress.export.ExportDocument;
import org.backhabit.progress.export.ExportService;
import org.backhabit.progress.rest.CurrentUser;
import org.backhabit.progress.share.AccessLog;
import org.backhabit.progress.share.RecommendationRequest;
import org.backhabit.progress.share.RecommendationView;
import org.backhabit.progress.share.Recommendations;
import org.backhabit.progress.share.Scope;
import org.backhabit.progress.share.ShareView;
import org.backhabit.progress.share.Shares;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * A clinician's read-only view of the people who shared with them (group {@code clinician}). Every
 * patient endpoint answers 404 unless a valid share covers it, and every read is written to the
 * person's access log in the same transaction.
 */
@Path("/clinician")
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clinician", description = "Read-only views of the people who shared with the caller (group clinician)")
@SecurityRequirement(name = "jwt")
public class ClinicianResource {

    private static final String NOT_SHARED = "No valid share of this person covers it (none, expired, revoked or outside its scope)";

    @Inject
    CurrentUser clinician;
    @Inject
    Shares shares;
    @Inject
    AccessLog accessLog;
    @Inject
    Recommendations recommendations;
    @Inject
    DashboardService progress;
    @Inject
    ExportService exports;

    @POST
    @Path("/invites")
    @Operation(operationId = "redeemInvite", summary = "Redeem a person's one-time invite code", description = "The share then names the caller; the code cannot be used again.")
    @APIResponse(responseCode = "200", description = "The share now naming the caller", content = @Content(schema = @Schema(implementation = ShareView.class)))
    @APIResponse(responseCode = "404", description = "No open invite with this code", content = @Content(mediaType = "application/problem+json"))
    public ShareView redeem(@Valid @NotNull InviteRedemption body) {
        return shares.redeem(clinician.id(), body.code().strip());
    }

    @GET
    @Path("/patients")
    @Transactional
    @Operation(operationId = "listPatients", summary = "The people with a valid share naming the caller", description = "With each share's scope and expiry.")
    @APIResponse(responseCode = "200", description = "The patients")
    @APIResponse(responseCode = "403", description = "Not in the group clinician", content = @Content(mediaType = "application/problem+json"))
    public Map<String, List<ShareView>> patients() {
        List<ShareView> valid = shares.patients(clinician.id());
        valid.stream().map(ShareView::patientId).distinct().forEach(p -> accessLog.record(p, clinician.id(), "PATIENT_LIST"));
        return Map.of("items", valid);
    }

    @GET
    @Path("/patients/{userId}/dashboard")
    @Transactional
    @Operation(operationId = "getPatientDashboard", summary = "A patient's dashboard (scope DASHBOARD)", description = "Prompts are worded in English.")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "404", description = NOT_SHARED, content = @Content(mediaType = "application/problem+json"))
    public Dashboard dashboard(@Parameter(description = "The patient's user id") @PathParam("userId") String userId,
                               @Parameter(description = "Weeks to list, 1 to 104", example = "12", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "104", defaultValue = "12")) @QueryParam("weeks") String weeks) {
        read(userId, Scope.DASHBOARD, "DASHBOARD");
        return progress.dashboard(userId, Params.intValue("weeks", weeks, 1, 104, 12), PromptWording.ENGLISH);
    }

    @GET
    @Path("/patients/{userId}/weeks")
    @Transactional
    @Operation(operationId = "listPatientWeeks", summary = "A patient's weekly rows for a date range (scope DASHBOARD)")
    @APIResponse(responseCode = "200", description = "The weeks")
    @APIResponse(responseCode = "400", description = "Missing or bad dates", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_SHARED, content = @Content(mediaType = "application/problem+json"))
    public List<WeekSummary> weeks(@Parameter(description = "The patient's user id") @PathParam("userId") String userId,
                                   @Parameter(description = "First date", example = "2026-09-01", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                   @Parameter(description = "Last date", example = "2026-11-30", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        read(userId, Scope.DASHBOARD, "WEEKS");
        return progress.weeks(userId, from, to);
    }

    @GET
    @Path("/patients/{userId}/sessions")
    @Transactional
    @Operation(operationId = "listPatientSessions", summary = "A patient's sessions (scope SESSIONS)", description = "Day, kind, minutes, pain before and after, effort; never notes.")
    @APIResponse(responseCode = "200", description = "The sessions, oldest first")
    @APIResponse(responseCode = "404", description = NOT_SHARED, content = @Content(mediaType = "application/problem+json"))
    public Map<String, List<ExportDocument.SessionRow>> sessions(@Parameter(description = "The patient's user id") @PathParam("userId") String userId) {
        read(userId, Scope.SESSIONS, "SESSIONS");
        return Map.of("items", exports.export(userId).sessions());
    }

    @GET
    @Path("/patients/{userId}/check-ins")
    @Transactional
    @Operation(operationId = "listPatientCheckIns", summary = "A patient's check-ins (scope CHECK_INS)", description = "Pain level and red flags per check-in.")
    @APIResponse(responseCode = "200", description = "The check-ins, oldest first")
    @APIResponse(responseCode = "404", description = NOT_SHARED, content = @Content(mediaType = "application/problem+json"))
    public Map<String, List<ExportDocument.CheckInRow>> checkIns(@Parameter(description = "The patient's user id") @PathParam("userId") String userId) {
        read(userId, Scope.CHECK_INS, "CHECK_INS");
        return Map.of("items", exports.export(userId).checkIns());
    }

    @POST
    @Path("/patients/{userId}/recommendations")
    @Transactional
    @Operation(operationId = "recommend", summary = "Recommend a routine and/or a weekly goal", description = "Needs any valid share. The patient sees it as a prompt "
            + "and accepts or ignores it; nothing of theirs changes until they accept.")
    @APIResponse(responseCode = "201", description = "Recommended", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "Neither routine nor goal, or a bad field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = NOT_SHARED, content = @Content(mediaType = "application/problem+json"))
    public Response recommend(@Parameter(description = "The patient's user id") @PathParam("userId") String userId,
                              @Valid @NotNull RecommendationRequest body) {
        shares.requireAccess(clinician.id(), userId, null);
        return Response.status(201).entity(recommendations.recommend(clinician.id(), userId, body)).build();
    }

    private void read(String patientId, Scope scope, String what) {
        shares.requireAccess(clinician.id(), patientId, scope);
        accessLog.record(patientId, clinician.id(), what);
    }
}
