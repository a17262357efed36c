package org.backhabit.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OpenApiContractTest;

/** The shared OpenAPI checks on progress-service's document. */
@QuarkusTest
class ApiDocumentationTest extends OpenApiContractTest {
}
