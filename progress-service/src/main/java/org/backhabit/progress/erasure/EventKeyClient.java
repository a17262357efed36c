package org.backhabit.progress.erasure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** session-service's key endpoints: the key a sealed event names (404 once its owner was erased), or a person's current key. */
@RegisterRestClient(configKey = "event-keys")
@Path("/internal/event-keys")
@ClientHeaderParam(name = "Authorization", value = "{bearer}")
public interface EventKeyClient {

    @GET
    @Path("/{keyId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@PathParam("keyId") String keyId);

    @PUT
    @Path("/by-user/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response forUser(@PathParam("userId") String userId);

    default String bearer() {
        return "Bearer " + ConfigProvider.getConfig().getValue("event-keys.token", String.class);
    }
}
