package org.backhabit.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventKeyClient;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SealedPayload;
import org.backhabit.events.SessionData;
import org.backhabit.localstack.auth.DevTokens;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes events straight to {@code session-events} as the relay does: each sealed with its
 * person's key, which session-service hands out (asked for once per person, before any is sent).
 * {@code history USER WEEKS}: Mon/Wed/Fri sessions and a weekly check-in for one user over WEEKS weeks.
 * {@code bulk COUNT USERS}: COUNT session.recorded events spread over USERS users.
 * {@code sessions USER COUNT DAYS}: COUNT sessions for one user, spread evenly over the last DAYS days.
 * {@code newcomers PREFIX USERS}: four events per user as a new user sends them (three sessions this week, one check-in).
 * Args: bootstrapServers sessionServiceUrl mode ...
 */
public final class SeedEvents {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static void main(String[] arguments) throws InterruptedException {
        String bootstrap = arguments[0];
        Sealer sealer = new Sealer(arguments[1]);
        String[] args = new String[arguments.length - 1];
        args[0] = bootstrap;
        System.arraycopy(arguments, 2, args, 1, arguments.length - 2);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144), new StringSerializer(), new StringSerializer())) {
            Random random = new Random(7);
            int sent = 0;
            if (args[1].equals("history")) {
                String user = args[2];
                int weeks = Integer.parseInt(args[3]);
                LocalDate monday = LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
                for (int w = 0; w < weeks; w++) {
                    for (int d : new int[] {0, 2, 4}) {
                        LocalDate day = monday.plusWeeks(w).plusDays(d);
                        if (!day.isAfter(LocalDate.now(ZONE))) {
                            send(producer, sealer, EventTypes.SESSION_RECORDED, user, session(user, day, random));
                            sent++;
                        }
                    }
                    LocalDate sunday = monday.plusWeeks(w).plusDays(6);
                    if (!sunday.isAfter(LocalDate.now(ZONE))) {
                        send(producer, sealer, EventTypes.CHECKIN_RECORDED, user, new CheckInData(1, UUID.randomUUID(), user,
                                sunday.atTime(20, 0).atZone(ZONE).toOffsetDateTime(), ZONE.getId(), sunday, 2 + random.nextInt(5),
                                List.of("NECK"), List.of()));
                        sent++;
                    }
                }
            } else if (args[1].equals("sessions")) {
                String user = args[2];
                int count = Integer.parseInt(args[3]);
                int days = Integer.parseInt(args[4]);
                LocalDate today = LocalDate.now(ZONE);
                for (int i = 0; i < count; i++) {
                    send(producer, sealer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays((long) days * (count - 1 - i) / count), random));
                    sent++;
                }
            } else if (args[1].equals("newcomers")) {
                String prefix = args[2];
                int users = Integer.parseInt(args[3]);
                LocalDate today = LocalDate.now(ZONE);
                // The records are sealed before the clock starts: sealing is the relay's work in session-service, and
                // the measurement is of applying them. Keys exist before a newcomer's events reach the topic.
                List<ProducerRecord<String, String>> records = new ArrayList<>();
                for (int u = 0; u < users; u++) {
                    String user = prefix + u;
                    for (int d = 3; d >= 1; d--) {
                        records.add(record(sealer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays(d), random)));
                    }
                    records.add(record(sealer, EventTypes.CHECKIN_RECORDED, user, new CheckInData(1, UUID.randomUUID(), user,
                            today.atStartOfDay(ZONE).toOffsetDateTime(), ZONE.getId(), today, 2 + random.nextInt(5), List.of("NECK"), List.of())));
                }
                producer.partitionsFor(EventTypes.SESSION_EVENTS_TOPIC);
                // Making 500 keys is session-service's work at sign-up, not part of applying events: let it settle first.
                Thread.sleep(3000);
                // The clock of an apply-rate measurement starts here, not at JVM start.
                System.out.println("first send at " + System.currentTimeMillis());
                records.forEach(producer::send);
                sent += records.size();
            } else {
                int count = Integer.parseInt(args[2]);
                int users = Integer.parseInt(args[3]);
                LocalDate today = LocalDate.now(ZONE);
                for (int i = 0; i < count; i++) {
                    String user = "bulk-" + (i % users);
                    send(producer, sealer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays(random.nextInt(700)), random));
                    sent++;
                }
            }
            producer.flush();
            System.out.println("sent " + sent + " events");
        }
    }

    private static SessionData session(String user, LocalDate day, Random random) {
        int before = 2 + random.nextInt(6);
        return new SessionData(1, UUID.randomUUID(), user, 1, "posture-strength", random.nextBoolean() ? "STRENGTH" : "MOBILITY",
                List.of("shoulder-rolls", "wall-angels"), day.atTime(LocalTime.of(18, 0)).atZone(ZONE).toOffsetDateTime(), ZONE.getId(),
                day, 10 + random.nextInt(10), before, Math.max(0, before - random.nextInt(3)), 5);
    }

    private static void send(KafkaProducer<String, String> producer, Sealer sealer, String type, String user, Object data) {
        producer.send(record(sealer, type, user, data));
    }

    /** The record as the relay writes it: data sealed with the person's key. */
    private static ProducerRecord<String, String> record(Sealer sealer, String type, String user, Object data) {
        EventKeyClient.Key key = sealer.keyOf(user);
        var headers = CloudEventHeaders.of(UUID.randomUUID(), "/bench", type, Instant.now(), user, SealedPayload.CONTENT_TYPE);
        return new ProducerRecord<>(EventTypes.SESSION_EVENTS_TOPIC, null, user, SealedPayload.seal(key.keyId(), key.secret(), EventJson.write(data)), headers);
    }

    /** Each person's key, from session-service, asked for once. */
    private static final class Sealer {

        private final EventKeyClient client;
        private final Map<String, EventKeyClient.Key> keys = new HashMap<>();

        Sealer(String sessionUrl) {
            this.client = new EventKeyClient(URI.create(sessionUrl), DevTokens.withGroups("bench", "service"), Duration.ofSeconds(10));
        }

        EventKeyClient.Key keyOf(String user) {
            return keys.computeIfAbsent(user, u -> client.currentKeyOf(u).orElseThrow());
        }
    }
}
