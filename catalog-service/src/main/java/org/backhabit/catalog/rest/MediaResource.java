package org.backhabit.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.RateLimited;
import org.backhabit.catalog.model.MediaFiles;
import org.backhabit.catalog.service.MediaLibrary;
import org.backhabit.catalog.service.MediaLibrary.MediaFile;
import org.backhabit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/media")
@Tag(name = "Media", description = "Exercise illustrations (public, cacheable)")
public class MediaResource {

    /** Files never change under a name without a new ETag, so a day of caching with revalidation is safe. */
    private static final CacheControl PUBLIC_DAY = CacheControl.valueOf("public, max-age=86400");
    /** An SVG opened on its own must not run anything: no scripts, no plugins, no outside loads. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Inject
    MediaLibrary library;

    @GET
    @Path("/{name}")
    @Produces({MediaFiles.SVG, "image/png", "image/jpeg", "image/webp"})
    @Operation(operationId = "getMedia", summary = "One illustration file", description = "Answers carry an ETag (If-None-Match gives 304), Cache-Control "
            + "and a Content-Security-Policy that blocks scripts.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaFiles.SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such file", content = @Content(mediaType = "application/problem+json"))
    public Response get(@Parameter(description = "File name", example = "wall-angels.svg") @PathParam("name") String name,
                        @Context Request request) {
        MediaFile file = library.find(name).orElseThrow(() -> ProblemException.notFound("No media file '" + name + "'."));
        EntityTag tag = new EntityTag(file.tag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(file.body(), file.type());
        return response.tag(tag).cacheControl(PUBLIC_DAY)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed("admin")
    @RateLimited
    @Consumes({MediaFiles.SVG, "image/png", "image/jpeg", "image/webp"})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "storeMedia", summary = "Add or replace an illustration file (admin)", description = "The extension must match the Content-Type; at most "
            + MediaFiles.MAX_BYTES + " bytes. SVG must be a plain drawing: no scripts, event handlers, embedded HTML, DOCTYPE or links "
            + "outside the file. Then list it in an exercise's media (PUT /exercises/{slug}) with its alt text.")
    @RequestBody(content = @Content(mediaType = MediaFiles.SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Added; Location names it", content = @Content(schema = @Schema(implementation = StoredMedia.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = StoredMedia.class)))
    @APIResponse(responseCode = "400", description = "Bad name, empty body, or extension and Content-Type disagree", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Token without the admin group", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Larger than the limit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Not an accepted image type", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "An SVG that is not a plain drawing", content = @Content(mediaType = "application/problem+json"))
    public Response put(@Parameter(description = "File name", example = "wall-angels.svg") @PathParam("name") String name,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] body) {
        String type = contentType.getType() + "/" + contentType.getSubtype();
        boolean created = library.store(name, type, body == null ? new byte[0] : body);
        StoredMedia stored = new StoredMedia(MediaFiles.url(name), type, body == null ? 0 : body.length);
        return (created ? Response.created(URI.create(MediaFiles.url(name))) : Response.ok()).entity(stored).build();
    }

    @Schema(description = "A stored illustration file: where it is served, its type and size.")
    record StoredMedia(@Schema(example = "/media/wall-angels.svg") String url, @Schema(example = "image/svg+xml") String type, int bytes) {
    }
}
