package org.backhabit.localstack.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenAPI checks every service runs: extend it in a {@code @QuarkusTest} class. A document
 * passes when people can read it and a client generator can type every call and every error.
 */
public abstract class OpenApiContractTest {

    protected Map<String, Object> document() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void everyOperationHasASummaryAndEveryParameterADescription() {
        assertEquals(List.of(), ApiDocs.undocumented(ApiDocs.paths(document())));
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        assertEquals(List.of(), ApiDocs.withoutOperationId(ApiDocs.paths(document())));
    }

    @Test
    void everyErrorAnswerIsTheSharedProblemSchema() {
        Map<String, Object> document = document();
        assertEquals(List.of(), ApiDocs.errorsWithoutProblem(ApiDocs.paths(document)));
        assertEquals("object", ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas")).get("Problem")).get("type"));
    }

    @Test
    void securedOperationsDocument401AndEveryAnswerHasASchema() {
        assertEquals(List.of(), ApiDocs.incompleteAnswers(document()));
    }
}
