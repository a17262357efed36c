package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** What operators see: outbox depth and age as metrics and as readiness detail, and the OpenAPI document. */
@QuarkusTest
class OperationsTest {

    @Test
    void outboxDepthAndAgeAreMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_depth"))
                .body(containsString("outbox_oldest_age_seconds"));
    }

    @Test
    void readinessReportsTheOutbox() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", is("UP"))
                .body("checks.find { it.name == 'outbox' }.data.depth", notNullValue());
    }

    @Test
    void everyOperationHasASummaryAndEveryParameterADescription() {
        var doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), org.backhabit.localstack.testing.ApiDocs.undocumented(doc.getMap("paths")));
    }
}
