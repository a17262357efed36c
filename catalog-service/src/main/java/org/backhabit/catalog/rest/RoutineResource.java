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
import org.backhabit.catalog.model.Routine;
import org.backhabit.catalog.model.RoutineText;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.catalog.service.CatalogAdmin;
import org.backhabit.catalog.service.CatalogLanguages;
import org.backhabit.catalog.service.CatalogService;
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

@Path("/routines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routines", description = "Routines built from the exercise library (public, cacheable)")
public class RoutineResource {

    @Inject
    CatalogService catalog;
    @Inject
    HttpCaching caching;
    @Inject
    CatalogLanguages languages;
    @Inject
    CatalogAdmin admin;

    @GET
    @Operation(operationId = "listRoutines", summary = "List routines", description = "Ordered by name, then slug; items list exercise slugs and dosages "
            + "(an item written without a dosage shows its exercise's).")
    @APIResponse(responseCode = "200", description = "A page of routines",
            content = @Content(schema = @Schema(implementation = ApiPages.RoutinePage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown kind, or page/size out of range", content = @Content(mediaType = "application/problem+json"))
    public Response list(
            @Parameter(description = "Routine kind", schema = @Schema(implementation = RoutineKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Zero-based page", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = HttpCaching.ACCEPT_LANGUAGE, example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request, @Context UriInfo uri) {
        int pageNumber = Params.intValue("page", page, 0, 100_000, 0);
        int pageSize = Params.intValue("size", size, 1, 100, 20);
        RoutineKind kindFilter = Params.enumValue("kind", kind, RoutineKind.class);
        String language = languages.negotiate(acceptLanguage);
        return caching.ok(request, uri, language, () -> catalog.routines(language, kindFilter, pageNumber, pageSize));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getRoutine", summary = "One routine with its exercises resolved")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "200", description = "The routine; each item carries its exercise", content = @Content(schema = @Schema(implementation = Routine.class)))
    @APIResponse(responseCode = "404", description = "No routine with this slug", content = @Content(mediaType = "application/problem+json"))
    public Response get(@Parameter(description = "Routine slug", example = "posture-strength") @PathParam("slug") String slug,
                        @Parameter(description = HttpCaching.ACCEPT_LANGUAGE, example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request, @Context UriInfo uri) {
        String language = languages.negotiate(acceptLanguage);
        Routine routine = catalog.routine(language, slug).orElseThrow(() -> ProblemException.notFound("No routine '" + slug + "'."));
        return caching.ok(request, uri, language, () -> routine);
    }
    @POST
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createRoutine", summary = "Add a routine (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = Routine.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; violations name each field", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The slug exists already", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Refers to exercises that do not exist", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull Routine body) {
        Routine created = admin.createRoutine(body);
        return Response.created(java.net.URI.create("/routines/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "replaceRoutine", summary = "Replace a routine (admin)", description = "The body's slug must equal the path's.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Routine.class)))
    @APIResponse(responseCode = "400", description = "Invalid document", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such routine", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Refers to exercises that do not exist", content = @Content(mediaType = "application/problem+json"))
    public Routine replace(@Parameter(description = "Slug", example = "posture-strength") @PathParam("slug") String slug, @Valid @NotNull Routine body) {
        return admin.replaceRoutine(slug, body);
    }

    @PUT
    @Path("/{slug}/translations/{language}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "translateRoutine", summary = "Add or replace a routine's name and purpose in another language (admin)", description = "Takes effect at once, without a release.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = RoutineText.class)))
    @APIResponse(responseCode = "400", description = "Invalid text, or a language that is not supported or is English", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such routine", content = @Content(mediaType = "application/problem+json"))
    public RoutineText translate(@Parameter(description = "Slug", example = "posture-strength") @PathParam("slug") String slug,
                                 @Parameter(description = "Language tag", example = "de") @PathParam("language") String language,
                                 @Valid @NotNull RoutineText body) {
        return admin.translateRoutine(slug, language, body);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("admin")
    @RateLimited
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "deleteRoutine", summary = "Delete a routine (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such routine", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Still used by a routine or as a variant", content = @Content(mediaType = "application/problem+json"))
    public Response delete(@Parameter(description = "Slug", example = "posture-strength") @PathParam("slug") String slug) {
        admin.deleteRoutine(slug);
        return Response.noContent().build();
    }

}
