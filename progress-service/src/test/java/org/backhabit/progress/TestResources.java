package org.backhabit.progress;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.backhabit.localstack.testing.DevJwtResource;
import org.backhabit.localstack.testing.EventKeyServer;
import org.backhabit.localstack.testing.KafkaResource;
import org.backhabit.localstack.testing.PostgresResource;

/** Every Quarkus test of this module runs against a real PostgreSQL and a real Kafka broker (and a stand-in for session-service's key endpoint). */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "progress"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(DevJwtResource.class)
@QuarkusTestResource(EventKeyServer.class)
public final class TestResources {

    private TestResources() {
    }
}
