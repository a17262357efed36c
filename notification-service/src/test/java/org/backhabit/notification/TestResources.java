package org.backhabit.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.backhabit.localstack.testing.DevJwtResource;
import org.backhabit.localstack.testing.KafkaResource;
import org.backhabit.localstack.testing.MailResource;
import org.backhabit.localstack.testing.PostgresResource;

/** Every test of this module runs against a real PostgreSQL, a real Kafka broker and a real SMTP/IMAP server. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(MailResource.class)
@QuarkusTestResource(DevJwtResource.class)
public final class TestResources {

    private TestResources() {
    }
}
