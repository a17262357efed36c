package org.backhabit.problem;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Liveness and readiness on the public port, as a bare status ({@code {"status":"UP"}}, 200 or
 * 503) for load balancers and launchers. The detailed checks and the metrics live on the
 * management port ({@code quarkus.management.port}), which is not exposed to clients.
 */
@ApplicationScoped
public class PublicHealth {

    @Inject
    SmallRyeHealthReporter reporter;

    void routes(@Observes Router router) {
        router.get("/q/health/live").blockingHandler(context -> answer(context, reporter::getLiveness), false);
        router.get("/q/health/ready").blockingHandler(context -> answer(context, reporter::getReadiness), false);
    }

    private static void answer(RoutingContext context, Supplier<SmallRyeHealth> check) {
        boolean down = check.get().isDown();
        context.response().setStatusCode(down ? 503 : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
    }
}
