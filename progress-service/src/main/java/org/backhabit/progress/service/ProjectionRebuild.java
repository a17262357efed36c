package org.backhabit.progress.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.event.EventProjector;
import org.backhabit.progress.model.RebuildStatus;
import org.backhabit.progress.repository.ProjectionRepository;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds every projection from the event log. It replays {@code session-events} from the start
 * into the next generation while reads keep using the active one and the live consumer writes
 * both; once the replay has reached the end offsets taken after the live consumer began writing
 * both, the new generation becomes active in one update and the old one is dropped.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    @Inject
    EventProjector projector;
    @Inject
    ProjectionRepository projections;
    @Inject
    EntityManager em;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong applied = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-rebuild"));

    /** @throws ProblemException 409 while a rebuild runs */
    public RebuildStatus start() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("A rebuild is already running.");
        }
        int target;
        try {
            target = QuarkusTransaction.requiringNew().call(this::beginGeneration);
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        applied.set(0);
        worker.submit(() -> run(target));
        return status();
    }

    public RebuildStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                            SELECT active_generation, rebuild_generation, rebuild_started_at, rebuild_finished_at, rebuild_events, rebuild_millis
                            FROM projection_state WHERE id = 1""").getSingleResult();
            boolean busy = running.get();
            long events = busy ? applied.get() : ((Number) row[4]).longValue();
            long millis = ((Number) row[5]).longValue();
            return new RebuildStatus(busy ? "RUNNING" : row[3] == null && row[2] == null ? "NEVER_RUN" : "IDLE",
                    ((Number) row[0]).intValue(), row[1] == null ? null : ((Number) row[1]).intValue(),
                    instant(row[2]), instant(row[3]), events,
                    !busy && millis > 0 ? Math.round(events * 1000.0 / millis) : null);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private int beginGeneration() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT active_generation, rebuild_generation FROM projection_state WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        int active = ((Number) row[0]).intValue();
        int target = active + 1;
        projections.dropGeneration(target);
        em.createNativeQuery("""
                        UPDATE projection_state SET rebuild_generation = ?1, rebuild_started_at = now(), rebuild_finished_at = NULL,
                               rebuild_events = 0, rebuild_millis = 0 WHERE id = 1""")
                .setParameter(1, target).executeUpdate();
        return target;
    }

    private void run(int target) {
        long started = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = replayConsumer()) {
            // The live consumer writes the new generation from the commit above on; everything older is below these offsets.
            List<TopicPartition> partitions = consumer.partitionsFor(EventTypes.SESSION_EVENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(() -> records.forEach(r -> applyOrSkip(target, r)));
                    applied.addAndGet(records.count());
                }
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            int previous = QuarkusTransaction.requiringNew().call(() -> switchTo(target, millis));
            QuarkusTransaction.requiringNew().run(() -> projections.dropGeneration(previous));
            LOG.infof("projection rebuild: %d events into generation %d in %d ms", applied.get(), target, millis);
        } catch (RuntimeException e) {
            LOG.errorf(e, "projection rebuild into generation %d failed; the active projections are unchanged", target);
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("UPDATE projection_state SET rebuild_generation = NULL WHERE id = 1").executeUpdate();
                projections.dropGeneration(target);
            });
        } finally {
            running.set(false);
        }
    }

    private void applyOrSkip(int target, ConsumerRecord<String, String> record) {
        try {
            projector.apply(target, record);
        } catch (MalformedEventException e) {
            // The live consumer dead-lettered it already; a replay skips it the same way.
        }
    }

    private int switchTo(int target, long millis) {
        int previous = ((Number) em.createNativeQuery("SELECT active_generation FROM projection_state WHERE id = 1 FOR UPDATE")
                .getSingleResult()).intValue();
        em.createNativeQuery("""
                        UPDATE projection_state SET active_generation = ?1, rebuild_generation = NULL, rebuild_finished_at = now(),
                               rebuild_events = ?2, rebuild_millis = ?3 WHERE id = 1""")
                .setParameter(1, target).setParameter(2, applied.get()).setParameter(3, millis).executeUpdate();
        return previous;
    }

    private KafkaConsumer<String, String> replayConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.CLIENT_ID_CONFIG, "progress-rebuild"), new StringDeserializer(), new StringDeserializer());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i ? i
                : value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
