package org.backhabit.notification;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.ApiDocs;
import org.backhabit.localstack.testing.PublicPort;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What operators see on the management port: the delivery queue as metrics and as readiness
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
    void healthAndMetricsIncludingTheDeliveryQueueOnTheManagementPort() {
        given().baseUri(managementPort()).get("/q/health/ready").then().statusCode(200).body(containsString("delivery-queue"));
        given().baseUri(managementPort()).get("/q/health/live").then().statusCode(200);
        given().baseUri(managementPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("notification_queue_depth"))
                .body(containsString("notification_oldest_pending_age_seconds"))
                .body(containsString("notification_deliveries_sent_total"))
                .body(containsString("notification_deliveries_failed_total"))
                .body(containsString("notification_deliveries_retried_total"));
    }

    @Test
    void thePublicPortHasNoMetricsAndOnlyABareHealthStatus() {
        PublicPort.showsOnlyBareHealth();
    }

    @Test
    void everyOperationIsDescribed() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        assertEquals(List.of(), ApiDocs.undocumented(paths));
    }
}
