package org.backhabit.progress.goal;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.problem.RateLimited;
import org.backhabit.progress.rest.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/progress/me/goal")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goal", description = "The caller's weekly goal")
@SecurityRequirement(name = "jwt")
public class GoalResource {

    @Inject
    CurrentUser user;
    @Inject
    GoalService goals;

    @GET
    @Operation(operationId = "getGoal", summary = "The weekly goal", description = "Until set: 3 a week, weeks from Monday, in the zone of the latest session (UTC before any).")
    @APIResponse(responseCode = "200", description = "The goal")
    public GoalView get() {
        return GoalView.of(goals.goal(user.id()));
    }

    @PUT
    @Operation(operationId = "setGoal", summary = "Set the weekly goal", description = "History is recomputed from the stored sessions: weeks, goalMet and streaks follow "
            + "the new goal and week start, and prompts are re-evaluated.")
    @APIResponse(responseCode = "200", description = "The goal now in force")
    @APIResponse(responseCode = "400", description = "Out of range, unknown zone or week start", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public GoalView put(@NotNull GoalView goal) {
        return GoalView.of(goals.change(user.id(), goal));
    }
}
