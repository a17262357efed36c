package org.backhabit.events;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The topics of the event contract, created at service start when missing, so that a consumer
 * never waits for a producer's auto-creation (and a metadata refresh) to see them.
 * {@code session-events} keeps everything: it is the log projections are rebuilt from.
 */
public final class EventTopics {

    public static final String DEAD_LETTERS = EventTypes.SESSION_EVENTS_TOPIC + "-dlq";

    private static final int PARTITIONS = 3;

    private EventTopics() {
    }

    public static NewTopic sessionEvents() {
        return new NewTopic(EventTypes.SESSION_EVENTS_TOPIC, Optional.of(PARTITIONS), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }

    public static NewTopic progressPrompts() {
        return new NewTopic(EventTypes.PROGRESS_PROMPTS_TOPIC, Optional.of(PARTITIONS), Optional.empty());
    }

    /** Pauses live as long as their users: kept like {@code session-events}, so a new reader learns every one. */
    public static NewTopic progressPauses() {
        return new NewTopic(EventTypes.PROGRESS_PAUSES_TOPIC, Optional.of(PARTITIONS), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }

    public static NewTopic deadLetters() {
        return new NewTopic(DEAD_LETTERS, Optional.of(1), Optional.empty());
    }

    /**
     * Creates the topics that do not exist yet (replication: the broker's default).
     *
     * @throws IllegalStateException when the broker cannot be reached within the timeout
     */
    public static void ensure(String bootstrapServers, List<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not answer in time", e);
        }
    }
}
