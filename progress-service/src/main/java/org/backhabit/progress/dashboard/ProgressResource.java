package org.backhabit.progress.dashboard;

import org.backhabit.progress.rest.CurrentUser;
import org.backhabit.progress.rest.Languages;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.WeekSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/progress/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "The caller's consistency, streaks, score and pain trend")
@SecurityRequirement(name = "jwt")
public class ProgressResource {

    @Inject
    CurrentUser user;
    @Inject
    DashboardService progress;

    @GET
    @Path("/dashboard")
    @Operation(operationId = "getDashboard", summary = "Everything a dashboard shows, in one call",
            description = "Current week, the last N weeks (oldest first, empty weeks included), streaks, habit score, pain trend and prompts, "
                    + "all in the goal's time zone. Goal progress counts active days (local days with at least one session). "
                    + "Prompts are worded in the language asked for (Content-Language says which).")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "400", description = "weeks out of range", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    public Response dashboard(@Parameter(description = "Weeks to list, 1 to 104", example = "12", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "104", defaultValue = "12")) @QueryParam("weeks") String weeks,
                              @Parameter(description = "Language of prompt titles and messages: en or de (English for any other)", example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.negotiate(acceptLanguage);
        return Languages.ok(progress.dashboard(user.id(), Params.intValue("weeks", weeks, 1, 104, 12), language), language);
    }

    @GET
    @Path("/weeks")
    @Operation(operationId = "listWeeks", summary = "Weekly rows for a date range", description = "Every week touching [from, to], oldest first, empty weeks included.")
    @APIResponse(responseCode = "200", description = "The weeks")
    @APIResponse(responseCode = "400", description = "Missing or bad dates, or a range over 5 years", content = @Content(mediaType = "application/problem+json"))
    public List<WeekSummary> weeks(@Parameter(description = "First date", example = "2026-09-01", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                                   @Parameter(description = "Last date", example = "2026-11-30", required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        LocalDate start = Params.requiredDate("from", from);
        LocalDate end = Params.requiredDate("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (end.isAfter(start.plusYears(5))) {
            throw ProblemException.badRequest("to", "the range may span at most 5 years");
        }
        return progress.weeks(user.id(), start, end);
    }
}
