package org.backhabit.localstack.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * How far a consumer group is behind the end of a topic on the test JVM's broker. Zero means every
 * record published so far has been processed and committed: the signal to wait for before
 * asserting on what a consumer made of events, where a fixed wait could pass on a lagging consumer.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Records of {@code topic} not yet committed by {@code group}, over all partitions. */
    public static long of(String group, String topic) {
        return of(TestInfrastructure.kafka().bootstrapServers(), group, topic);
    }

    /** The same on another broker (a whole stack's, say). */
    public static long of(String bootstrapServers, String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream()
                    .mapToLong(end -> {
                        OffsetAndMetadata done = committed.get(end.getKey());
                        return Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
                    })
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the lag of " + group + " on " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
