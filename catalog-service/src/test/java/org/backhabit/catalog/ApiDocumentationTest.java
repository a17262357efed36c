package org.backhabit.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.backhabit.localstack.testing.ApiDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OpenAPI document describes every operation and parameter, and CORS answers only the configured origins. */
@QuarkusTest
class ApiDocumentationTest {

    @Test
    void everyOperationHasASummaryAndEveryParameterADescription() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), ApiDocs.undocumented(doc.getMap("paths")));
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/exercises").then().header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/exercises").then().header("Access-Control-Allow-Origin", (String) null);
    }
}
