package org.backhabit.localstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.localstack.infra.KafkaBroker;
import org.backhabit.localstack.infra.PostgresServer;
import org.backhabit.localstack.testing.TestInfrastructure;
import org.backhabit.localstack.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded servers are real: SQL runs, records round-trip, and the broker survives a restart. */
class InfrastructureTest {

    @Test
    void postgresAnswersSqlInItsOwnDatabase() throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        postgres.ensureDatabase("probe");
        postgres.ensureDatabase("probe");
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("probe"), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
            assertTrue(rs.next());
            assertEquals("probe", rs.getString(1));
            assertTrue(rs.getInt(2) >= 170000, "PostgreSQL 17 or newer");
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossABrokerRestart() {
        KafkaBroker kafka = TestInfrastructure.kafka();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "k", "before-restart")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        kafka.stop();
        kafka.start();
        List<String> values = TopicRecords.read("probe", r -> true, 1, Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
        assertEquals(List.of("before-restart"), values);
    }
}
