package org.backhabit.localstack.testing;

import org.backhabit.localstack.infra.FreePorts;
import org.backhabit.localstack.infra.KafkaBroker;
import org.backhabit.localstack.infra.MailServer;
import org.backhabit.localstack.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real servers of one test JVM: each starts on first use, on random ports, and lives until the
 * JVM exits, so every Quarkus test class of a module shares them.
 */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static MailServer mail;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(FreePorts.next(), null);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(FreePorts.next(), temporaryDirectory("kafka-logs"));
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-stop"));
        }
        return kafka;
    }

    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = MailServer.start(FreePorts.next(), FreePorts.next());
            Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "mail-stop"));
        }
        return mail;
    }

    static Path temporaryDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
