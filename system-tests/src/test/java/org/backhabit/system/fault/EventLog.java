package org.backhabit.system.fault;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** The stack's broker as the fault suite sees it: whole topics read back, and a poison record written. */
final class EventLog {

    private final String bootstrapServers;

    EventLog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of the topic up to its current end. */
    List<ConsumerRecord<String, String>> all(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** How many records of the topic, among those keyed by one of the users, carry an event id seen before. */
    int republished(String topic, List<String> users) {
        Map<String, Long> byId = all(topic).stream().filter(r -> users.contains(r.key()))
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        return (int) byId.values().stream().mapToLong(n -> n - 1).sum();
    }

    /** How many records of the topic carry one of these event ids. */
    int withIds(String topic, Collection<String> eventIds) {
        Set<String> wanted = Set.copyOf(eventIds);
        return (int) all(topic).stream().filter(r -> wanted.contains(header(r, "ce_id"))).count();
    }

    /** A record no consumer can read: the type of a recorded session, a fresh id, and a cut-off body. */
    String publishPoison(String topic) {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> poison = new ProducerRecord<>(topic, key, "{\"sessionId\":\"0b6f3c52-8d1e");
            poison.headers().add("ce_type", bytes("session.recorded.v1")).add("ce_id", bytes(UUID.randomUUID().toString()))
                    .add("ce_specversion", bytes("1.0")).add("ce_source", bytes("/fault-suite"));
            producer.send(poison).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("poison record not written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return key;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
