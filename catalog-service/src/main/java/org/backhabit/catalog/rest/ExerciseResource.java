package org.backhabit.catalog.rest;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.backhabit.problem.RateLimited;
import org.backhabit.catalog.model.Category;
import org.backhabit.catalog.model.Equipment;
import org.backhabit.catalog.model.Exercise;
import org.backhabit.catalog.model.ExerciseText;
import org.backhabit.catalog.model.Position;
import org.backhabit.catalog.model.TargetArea;
import org.backhabit.catalog.service.CatalogAdmin;
import org.backhabit.catalog.service.CatalogLanguages;
import org.backhabit.catalog.service.CatalogService;
import org.backhabit.catalog.service.ExerciseFilter;
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

@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise library (public, cacheable)")
public class ExerciseResource {

    @Inject
    CatalogService catalog;
    @Inject
    HttpCaching caching;
    @Inject
    CatalogLanguages languages;
    @Inject
    CatalogAdmin admin;

    @GET
    @Operation(operationId = "listExercises", summary = "List exercises", description = "All filters combine (AND). Ordered by name, then slug. "
            + "Answers carry an ETag; send it back in If-None-Match to get 304.")
    @APIResponse(responseCode = "200", description = "A page of exercises with the total number of matches",
            content = @Content(schema = @Schema(implementation = ApiPages.ExercisePage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown filter value, or page/size out of range",
            content = @Content(mediaType = "application/problem+json"))
    public Response list(
            @Parameter(description = "Category", schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
            @Parameter(description = "Equipment the exercise uses", schema = @Schema(implementation = Equipment.class)) @QueryParam("equipment") String equipment,
            @Parameter(description = "A target area (muscle or region)", schema = @Schema(implementation = TargetArea.class)) @QueryParam("muscle") String muscle,
            @Parameter(description = "Body position", schema = @Schema(implementation = Position.class)) @QueryParam("position") String position,
            @Parameter(description = "Only exercises that can (true) or cannot (false) be done at a desk", example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("deskFriendly") String deskFriendly,
            @Parameter(description = "At most this many estimated minutes", example = "5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "600")) @QueryParam("maxMinutes") String maxMinutes,
            @Parameter(description = "Free text, matched in the name and the steps (in the answer's language); at most 100 characters", example = "shoulder") @QueryParam("q") String q,
            @Parameter(description = "Zero-based page", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = HttpCaching.ACCEPT_LANGUAGE, example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request, @Context UriInfo uri) {
        ExerciseFilter filter = new ExerciseFilter(
                Params.enumValue("category", category, Category.class),
                Params.enumValue("equipment", equipment, Equipment.class),
                Params.enumValue("muscle", muscle, TargetArea.class),
                Params.enumValue("position", position, Position.class),
                Params.booleanValue("deskFriendly", deskFriendly),
                Params.intValue("maxMinutes", maxMinutes, 1, 600),
                Params.text("q", q, 100));
        int pageNumber = Params.intValue("page", page, 0, 100_000, 0);
        int pageSize = Params.intValue("size", size, 1, 100, 20);
        String language = languages.negotiate(acceptLanguage);
        return caching.ok(request, uri, language, () -> catalog.exercises(language, filter, pageNumber, pageSize));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getExercise", summary = "One exercise")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "200", description = "The exercise", content = @Content(schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "404", description = "No exercise with this slug", content = @Content(mediaType = "application/problem+json"))
    public Response get(@Parameter(description = "Exercise slug", example = "wall-angels") @PathParam("slug") String slug,
                        @Parameter(description = HttpCaching.ACCEPT_LANGUAGE, example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request, @Context UriInfo uri) {
        String language = languages.negotiate(acceptLanguage);
        Exercise exercise = catalog.exercise(language, slug).orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'."));
        return caching.ok(request, uri, language, () -> exercise);
    }

    @POST
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createExercise", summary = "Add an exercise (admin)", description = "In English; add other languages with PUT /exercises/{slug}/translations/{language}. "
            + "Media must be uploaded first (PUT /media/{name}).")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; violations name each field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The slug exists already", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Refers to exercises that do not exist", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull Exercise body) {
        Exercise created = admin.createExercise(body);
        return Response.created(java.net.URI.create("/exercises/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "replaceExercise", summary = "Replace an exercise (admin)", description = "The body's slug must equal the path's.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Exercise.class)))
    @APIResponse(responseCode = "400", description = "Invalid document", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Refers to exercises that do not exist", content = @Content(mediaType = "application/problem+json"))
    public Exercise replace(@Parameter(description = "Slug", example = "wall-angels") @PathParam("slug") String slug, @Valid @NotNull Exercise body) {
        return admin.replaceExercise(slug, body);
    }

    @PUT
    @Path("/{slug}/translations/{language}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "translateExercise", summary = "Add or replace an exercise's text in another language (admin)",
            description = "Takes effect at once, without a release. Steps, cues and cautions must match the English ones in number; "
                    + "altTexts name the exercise's media by URL.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = ExerciseText.class)))
    @APIResponse(responseCode = "400", description = "Invalid text, or a language that is not supported or is English", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Counts differ from the exercise's, or an alt text names media the exercise does not have", content = @Content(mediaType = "application/problem+json"))
    public ExerciseText translate(@Parameter(description = "Slug", example = "wall-angels") @PathParam("slug") String slug,
                                  @Parameter(description = "Language tag", example = "de") @PathParam("language") String language,
                                  @Valid @NotNull ExerciseText body) {
        return admin.translateExercise(slug, language, body);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("admin")
    @RateLimited
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "deleteExercise", summary = "Delete an exercise (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such exercise", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Still used by a routine or as a variant", content = @Content(mediaType = "application/problem+json"))
    public Response delete(@Parameter(description = "Slug", example = "wall-angels") @PathParam("slug") String slug) {
        admin.deleteExercise(slug);
        return Response.noContent().build();
    }
}
