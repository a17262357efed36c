package org.backhabit.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.backhabit.localstack.testing.DevJwtResource;
import org.backhabit.localstack.testing.KafkaResource;
import org.backhabit.localstack.testing.PostgresResource;

/** Every test of this module runs against a real PostgreSQL, a real Kafka broker and a stub catalog. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "session"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(DevJwtResource.class)
@QuarkusTestResource(StubCatalog.class)
public final class TestResources {

    private TestResources() {
    }
}
