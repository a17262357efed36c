package org.backhabit.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.auth.DevTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from a {@code 201} of {@code POST /sessions} to its record arriving at a consumer of
 * {@code session-events} that is already positioned at the end of the topic.
 * Args: sessionUrl bootstrapServers [count=500] [perSecond=20]
 */
public final class EventLatency {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String sessionUrl = args[0];
        String bootstrap = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int perSecond = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<String, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();

        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(EventTypes.SESSION_EVENTS_TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        HttpClient http = HttpClient.newHttpClient();
        EventOpener opener = new EventOpener(sessionUrl);
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                consumer.poll(java.time.Duration.ofMillis(5)).forEach(r -> {
                    long now = System.nanoTime();
                    opener.open(r).ifPresent(json -> received.putIfAbsent(EventJson.read(json, SessionData.class).sessionId().toString(), now));
                });
            }
            consumer.close();
        });
        reader.start();

        String token = DevTokens.forUser("bench-latency-" + UUID.randomUUID());
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            next += interval;
            String body = """
                    {"routineSlug":"desk-break","completedAt":"%s","timeZone":"Europe/Berlin","durationMinutes":5,"painBefore":3,"painAfter":2}"""
                    .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sessionUrl + "/sessions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long at = System.nanoTime();
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("unexpected answer " + response.statusCode() + " " + response.body());
            }
            created.put(id.group(1), at);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!received.keySet().containsAll(created.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        done.set(true);
        reader.join();
        List<Double> millis = new ArrayList<>();
        created.forEach((id, at) -> {
            Long got = received.get(id);
            if (got != null) {
                millis.add((got - at) / 1e6);
            }
        });
        System.out.printf("201 -> record consumed from session-events, %d sessions at %d/s (%d missing): %s%n",
                count, perSecond, count - millis.size(), Percentiles.summary(millis));
    }
}
