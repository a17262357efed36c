package org.backhabit.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.backhabit.problem.RateLimited;
import org.backhabit.catalog.model.RedFlag;
import org.backhabit.catalog.model.RedFlagText;
import org.backhabit.catalog.service.CatalogAdmin;
import org.backhabit.catalog.service.CatalogLanguages;
import org.backhabit.catalog.service.CatalogService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/guidance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance", description = "When to stop self-care and seek care")
public class GuidanceResource {

    @Inject
    CatalogService catalog;
    @Inject
    HttpCaching caching;
    @Inject
    CatalogLanguages languages;
    @Inject
    CatalogAdmin admin;

    @GET
    @Path("/red-flags")
    @Operation(operationId = "listRedFlags", summary = "Red flags", description = "Warning signs for which a person should stop the routines and get medical care; "
            + "IMMEDIATE means now (emergency services), SOON means within days.")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "200", description = "Every red flag",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RedFlag.class)))
    public Response redFlags(
            @Parameter(description = HttpCaching.ACCEPT_LANGUAGE, example = "de") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context Request request, @Context UriInfo uri) {
        String language = languages.negotiate(acceptLanguage);
        return caching.ok(request, uri, language, () -> catalog.redFlags(language));
    }

    @PUT
    @Path("/red-flags/{code}/translations/{language}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "translateRedFlag", summary = "Add or replace a red flag's guidance in another language (admin)", description = "Takes effect at once, without a release.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = RedFlagText.class)))
    @APIResponse(responseCode = "400", description = "Invalid text, or a language that is not supported or is English", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such red flag", content = @Content(mediaType = "application/problem+json"))
    public RedFlagText translate(@Parameter(description = "Red flag code", example = "CHEST_PAIN") @PathParam("code") String code,
                                 @Parameter(description = "Language tag", example = "de") @PathParam("language") String language,
                                 @Valid @NotNull RedFlagText body) {
        return admin.translateRedFlag(code, language, body);
    }
}
