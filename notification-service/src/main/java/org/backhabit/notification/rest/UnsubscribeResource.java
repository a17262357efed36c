package org.backhabit.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.backhabit.notification.service.ChannelService;
import org.backhabit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in every e-mail. A mail client's one-click unsubscribe (RFC 8058) POSTs to it without
 * any login, so the unguessable token in the path is the credential. GET (a person, or a mail
 * scanner, following the link) only shows a button that POSTs: opening a link never unsubscribes.
 */
@Path("/notifications/unsubscribe/{token}")
@Produces(MediaType.TEXT_PLAIN)
@Tag(name = "Channels")
public class UnsubscribeResource {

    @Inject
    ChannelService channels;

    @POST
    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe (RFC 8058)", description = "No token needed: the path carries the credential. "
            + "Disables the e-mail channel the link came with.")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "Unknown link")
    public String unsubscribe(@Parameter(description = "The token from the e-mail's link") @PathParam("token") String token) {
        if (token.length() > 100 || !channels.unsubscribe(token)) {
            throw ProblemException.notFound("Unknown unsubscribe link.");
        }
        return "You will get no more e-mails from backhabit. Set an address again in the app to resume.";
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getUnsubscribePage", summary = "Unsubscribe page", description = "A button that POSTs to this same path; following the link alone changes nothing.")
    @APIResponse(responseCode = "200", description = "The page")
    public String page(@Parameter(description = "The token from the e-mail's link") @PathParam("token") String token) {
        return "<!doctype html><html><body><form method=\"post\"><p>Stop e-mails from backhabit?</p>"
                + "<button type=\"submit\">Unsubscribe</button></form></body></html>";
    }
}
