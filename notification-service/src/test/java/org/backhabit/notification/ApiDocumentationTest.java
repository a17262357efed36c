package org.backhabit.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.testing.OpenApiContractTest;

/** The shared OpenAPI checks on notification-service's document. */
@QuarkusTest
class ApiDocumentationTest extends OpenApiContractTest {
}
