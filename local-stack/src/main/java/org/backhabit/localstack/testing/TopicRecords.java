package org.backhabit.localstack.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Reads a topic of the test JVM's broker from the beginning, as a fresh consumer group. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Polls until {@code expected} matching records arrived or the timeout passed; returns what arrived, in order. */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                           int expected, Duration timeout) {
        return read(topic, filter, expected, timeout, () -> false);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                            int expected, Duration timeout, BooleanSupplier done) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < expected && !done.getAsBoolean() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    /**
     * The records keyed by {@code key} up to and including the first that {@code marker} accepts.
     * Publish a marker after the records that must not come: once the marker is read, any record
     * published before it would have been read too, so no fixed wait is needed.
     */
    public static List<ConsumerRecord<String, String>> forKeyUntil(String topic, String key, Predicate<ConsumerRecord<String, String>> marker,
                                                                  Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        boolean[] seen = {false};
        read(topic, r -> {
            if (!seen[0] && key.equals(r.key())) {
                found.add(r);
                seen[0] = marker.test(r);
            }
            return false;
        }, 1, timeout, () -> seen[0]);
        if (!seen[0]) {
            throw new AssertionError("the marker record for " + key + " did not arrive on " + topic + " within " + timeout);
        }
        return found;
    }

    /** The records keyed by {@code key} (the user id on every topic of this system). */
    public static List<ConsumerRecord<String, String>> forKey(String topic, String key, int expected, Duration timeout) {
        return read(topic, r -> key.equals(r.key()), expected, timeout);
    }
}
