package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.ApiDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ApiDocumentationTest {

    @Test
    void everyOperationHasASummaryAndEveryParameterADescription() {
        var doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), ApiDocs.undocumented(doc.getMap("paths")));
    }
}
