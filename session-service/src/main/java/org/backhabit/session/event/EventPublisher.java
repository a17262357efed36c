package org.backhabit.session.event;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventTypes;
import org.backhabit.session.config.RelayConfig;
import org.backhabit.session.repository.OutboxEntry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends outbox rows to {@code session-events} as CloudEvents in binary mode, keyed by user id.
 * {@code acks=all} and idempotence are set explicitly: an ack then means every in-sync replica
 * has the record, and retries never duplicate or reorder it.
 */
@ApplicationScoped
public class EventPublisher {

    private final KafkaProducer<String, String> producer;

    @Inject
    public EventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, RelayConfig config) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "localhost:9092"));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "session-service-outbox");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.deliveryTimeout().toMillis(), 10_000));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        settings.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    public Future<RecordMetadata> send(OutboxEntry entry) {
        var headers = CloudEventHeaders.of(entry.eventId, "/session-service", entry.type, entry.occurredAt, entry.subject, entry.contentType);
        return producer.send(new ProducerRecord<>(EventTypes.SESSION_EVENTS_TOPIC, null, entry.subject, entry.payload, headers));
    }

    public void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
