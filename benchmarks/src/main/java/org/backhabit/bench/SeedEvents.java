package org.backhabit.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.backhabit.events.CheckInData;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.SessionData;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes events straight to {@code session-events}, as the relay would.
 * {@code history USER WEEKS}: Mon/Wed/Fri sessions and a weekly check-in for one user over WEEKS weeks.
 * {@code bulk COUNT USERS}: COUNT session.recorded events spread over USERS users.
 * {@code sessions USER COUNT DAYS}: COUNT sessions for one user, spread evenly over the last DAYS days.
 * {@code newcomers PREFIX USERS}: four events per user as a new user sends them (three sessions this week, one check-in).
 * Args: bootstrapServers mode ...
 */
public final class SeedEvents {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static void main(String[] args) {
        String bootstrap = args[0];
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
                            send(producer, EventTypes.SESSION_RECORDED, user, session(user, day, random));
                            sent++;
                        }
                    }
                    LocalDate sunday = monday.plusWeeks(w).plusDays(6);
                    if (!sunday.isAfter(LocalDate.now(ZONE))) {
                        send(producer, EventTypes.CHECKIN_RECORDED, user, new CheckInData(1, UUID.randomUUID(), user,
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
                    send(producer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays((long) days * (count - 1 - i) / count), random));
                    sent++;
                }
            } else if (args[1].equals("newcomers")) {
                String prefix = args[2];
                int users = Integer.parseInt(args[3]);
                LocalDate today = LocalDate.now(ZONE);
                // The clock of an apply-rate measurement starts here, with the producer connected, not at JVM start.
                System.out.println("first send at " + System.currentTimeMillis());
                for (int u = 0; u < users; u++) {
                    String user = prefix + u;
                    for (int d = 3; d >= 1; d--) {
                        send(producer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays(d), random));
                    }
                    send(producer, EventTypes.CHECKIN_RECORDED, user, new CheckInData(1, UUID.randomUUID(), user,
                            today.atStartOfDay(ZONE).toOffsetDateTime(), ZONE.getId(), today, 2 + random.nextInt(5), List.of("NECK"), List.of()));
                    sent += 4;
                }
            } else {
                int count = Integer.parseInt(args[2]);
                int users = Integer.parseInt(args[3]);
                LocalDate today = LocalDate.now(ZONE);
                for (int i = 0; i < count; i++) {
                    String user = "bulk-" + (i % users);
                    send(producer, EventTypes.SESSION_RECORDED, user, session(user, today.minusDays(random.nextInt(700)), random));
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

    private static void send(KafkaProducer<String, String> producer, String type, String user, Object data) {
        var headers = CloudEventHeaders.of(UUID.randomUUID(), "/bench", type, Instant.now(), user);
        producer.send(new ProducerRecord<>(EventTypes.SESSION_EVENTS_TOPIC, null, user, EventJson.write(data), headers));
    }
}
