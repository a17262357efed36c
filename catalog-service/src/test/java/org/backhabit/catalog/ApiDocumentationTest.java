package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OpenApiContractTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** The shared OpenAPI checks on catalog-service's document, and CORS answers only the configured origins. */
@QuarkusTest
class ApiDocumentationTest extends OpenApiContractTest {

    @Test
    void corsAllowsTheConfiguredOriginsOnly() {
        for (String origin : new String[] {"http://localhost:5173", "http://localhost:8080", "http://127.0.0.1:8080"}) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "GET")
                    .options("/exercises").then().header("Access-Control-Allow-Origin", origin);
        }
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/exercises").then().header("Access-Control-Allow-Origin", (String) null);
    }
}
