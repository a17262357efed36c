package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OpenApiContractTest;

/** The shared OpenAPI checks on session-service's document. */
@QuarkusTest
class ApiDocumentationTest extends OpenApiContractTest {
}
