package org.backhabit.progress.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.backhabit.events.EventTypes;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.erasure.EventKeys;
import org.jboss.logging.Logger;

import java.time.Duration;
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
    BatchApplier applier;
    @Inject
    EventKeys keys;
    @Inject
    ProjectionRepository projections;
    @Inject
    ProjectionStateRepository state;
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
            ProjectionStateRepository.State row = state.read();
            boolean busy = running.get();
            long events = busy ? applied.get() : row.events();
            return new RebuildStatus(busy ? "RUNNING" : row.finishedAt() == null && row.startedAt() == null ? "NEVER_RUN" : "IDLE",
                    row.activeGeneration(), row.rebuildGeneration(), row.startedAt(), row.finishedAt(), events,
                    !busy && row.millis() > 0 ? Math.round(events * 1000.0 / row.millis()) : null);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private int beginGeneration() {
        int target = state.lockActive() + 1;
        projections.dropGeneration(target);
        state.startRebuild(target);
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
                    keys.prefetch(records);
                    // What the live consumer dead-lettered (unreadable, or failing on its own), a replay skips the same way.
                    applier.apply(EventReader.readAll(records, keys::open, (record, why) -> { }), () -> List.of(target), false,
                            (failed, e) -> LOG.debugf("replay skips the event at offset %d: %s", failed.record().offset(), e.getMessage()));
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
                state.abandonRebuild();
                projections.dropGeneration(target);
            });
        } finally {
            running.set(false);
        }
    }

    private int switchTo(int target, long millis) {
        int previous = state.lockActive();
        state.activate(target, applied.get(), millis);
        return previous;
    }

    private KafkaConsumer<String, String> replayConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.CLIENT_ID_CONFIG, "progress-rebuild"), new StringDeserializer(), new StringDeserializer());
    }
}
