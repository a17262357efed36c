package org.backhabit.progress.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.problem.RateLimited;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.model.GoalView;
import org.backhabit.progress.repository.GoalRow;
import org.backhabit.progress.repository.HistoryRepository;
import org.backhabit.progress.service.HistoryLoader;
import org.backhabit.progress.service.ProgressService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

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
    HistoryLoader loader;
    @Inject
    HistoryRepository history;
    @Inject
    ProgressService progress;
    @Inject
    Clock clock;

    @GET
    @Transactional
    @Operation(operationId = "getGoal", summary = "The weekly goal", description = "Until set: 3 a week, weeks from Monday, in the zone of the latest session (UTC before any).")
    @APIResponse(responseCode = "200", description = "The goal")
    public GoalView get() {
        return GoalView.of(loader.goal(user.id()));
    }

    @PUT
    @Transactional
    @Operation(operationId = "setGoal", summary = "Set the weekly goal", description = "History is recomputed from the stored sessions: weeks, goalMet and streaks follow the new goal and week start.")
    @APIResponse(responseCode = "200", description = "The goal now in force")
    @APIResponse(responseCode = "400", description = "Out of range, unknown zone or week start", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public GoalView put(@Valid @NotNull GoalView goal) {
        try {
            if (!goal.timeZone().contains("/") && !goal.timeZone().equals("UTC")) {
                throw new DateTimeException("not a region");
            }
            ZoneId.of(goal.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        GoalRow row = history.goal(user.id()).orElseGet(() -> {
            GoalRow created = new GoalRow();
            created.userId = user.id();
            return created;
        });
        row.sessionsPerWeek = goal.sessionsPerWeek();
        row.timeZone = goal.timeZone();
        row.weekStartsOn = goal.weekStartsOn();
        row.updatedAt = clock.instant();
        history.save(row);
        return GoalView.of(loader.goal(user.id()));
    }
}
