package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** What operators see: outbox depth and age as metrics and as readiness detail. */
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
}
