package org.backhabit.session;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.PublicPort;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What operators see on the management port: outbox depth and age as metrics and as readiness
 * detail. The public port gives only a bare health status and no metrics.
 */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String managementPort() {
        return PublicPort.management(management);
    }

    @Test
    void outboxDepthAndAgeAreMetrics() {
        given().baseUri(managementPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_depth"))
                .body(containsString("outbox_oldest_age_seconds"));
    }

    @Test
    void thePublicPortHasNoMetricsAndOnlyABareHealthStatus() {
        PublicPort.showsOnlyBareHealth();
    }

    @Test
    void readinessReportsTheOutbox() {
        given().baseUri(managementPort()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", is("UP"))
                .body("checks.find { it.name == 'outbox' }.data.depth", notNullValue());
    }
}
