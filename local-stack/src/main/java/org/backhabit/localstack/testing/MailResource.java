package org.backhabit.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a Quarkus test's SMTP client at the JVM's real mail server; tests read mail back over IMAP. */
public class MailResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "notification.email.smtp-host", "127.0.0.1",
                "notification.email.smtp-port", Integer.toString(TestInfrastructure.mail().smtpPort()));
    }

    @Override
    public void stop() {
        // The server outlives this test class; the JVM's shutdown hook stops it.
    }
}
