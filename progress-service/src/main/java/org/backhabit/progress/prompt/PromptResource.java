package org.backhabit.progress.prompt;

import org.backhabit.progress.rest.CurrentUser;
import org.backhabit.progress.rest.Languages;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.RateLimited;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/progress/me/prompts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prompts", description = "Nudges, milestones and safety prompts raised for the caller")
@SecurityRequirement(name = "jwt")
public class PromptResource {

    @Inject
    CurrentUser user;
    @Inject
    PromptStore prompts;

    @GET
    @Operation(operationId = "listPrompts", summary = "Every prompt raised for the caller, newest first", description = "Dismissed ones carry dismissedAt. "
            + "Titles and messages are in the language asked for (Content-Language says which); messageKey and params stay the same in every language.")
    @APIResponse(responseCode = "200", description = "The prompts", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PromptView.class)))
    public Response list(@Parameter(description = "Language of prompt titles and messages: en or de (English for any other)", example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.negotiate(acceptLanguage);
        return Languages.ok(prompts.all(user.id()).stream().map(p -> PromptView.of(p, language)).toList(), language);
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(operationId = "dismissPrompt", summary = "Dismiss a prompt", description = "It stops showing on the dashboard; the same prompt is not raised again for its period.")
    @APIResponse(responseCode = "204", description = "Dismissed (also when it was already)")
    @APIResponse(responseCode = "404", description = "No such prompt for this user", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many writes by this user this minute; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @RateLimited
    public Response dismiss(@Parameter(description = "Prompt id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        if (!prompts.dismiss(user.id(), Params.idOrNotFound(id))) {
            throw ProblemException.notFound("No such prompt.");
        }
        return Response.noContent().build();
    }
}
