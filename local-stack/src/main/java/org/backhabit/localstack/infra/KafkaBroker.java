package org.backhabit.localstack.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running inside
 * this JVM from the same Kafka version the Quarkus BOM manages for the clients. It can be stopped
 * and started again on the same ports and log directory, which is how tests take the broker away.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "YmFja2hhYml0LWxvY2Fs";

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private KafkaRaftServer server;

    private KafkaBroker(int port, int controllerPort, Path logDirectory) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
    }

    /** Formats the log directory on first use, then starts the broker. */
    public static KafkaBroker start(int port, Path logDirectory) {
        KafkaBroker broker = new KafkaBroker(port, FreePorts.next(), logDirectory);
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaConfig config = new KafkaConfig(properties(), false);
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            format(config);
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker; its data stays, and {@link #start()} brings it back on the same port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The event log is the source of truth for rebuilds: keep everything.
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        return p;
    }

    private void format(KafkaConfig config) {
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(output, true))
                    .setClusterId(CLUSTER_ID)
                    .setNodeId(config.nodeId())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDirectory.toAbsolutePath().toString())
                    .setDirectories(List.of(logDirectory.toAbsolutePath().toString()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("formatting Kafka storage failed: " + output, e);
        }
    }
}
