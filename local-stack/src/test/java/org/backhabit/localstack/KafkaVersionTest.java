package org.backhabit.localstack;

import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Broker modules pinned in the parent POM must match the kafka-clients the Quarkus BOM manages. */
class KafkaVersionTest {

    @Test
    void brokerModulesMatchTheClients() {
        String clients = AppInfoParser.getVersion();
        String broker = MetadataVersion.class.getPackage().getImplementationVersion();
        assertEquals(clients, broker == null ? versionFromJarName() : broker);
    }

    private static String versionFromJarName() {
        String location = MetadataVersion.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return location.replaceAll(".*kafka-server-common-([^/]+)\\.jar$", "$1");
    }
}
