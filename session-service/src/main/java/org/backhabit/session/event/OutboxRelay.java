package org.backhabit.session.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.backhabit.session.config.RelayConfig;
import org.backhabit.session.repository.OutboxEntry;
import org.backhabit.session.repository.OutboxRepository;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves outbox rows to Kafka. Woken right after each commit that wrote to the outbox; polling
 * is only the safety net (for rows written by another instance or left by a failure). Rows are
 * deleted only after the broker acknowledged them, so a crash or an outage at any point at worst
 * publishes a row twice, never loses one. While the broker is unreachable it backs off
 * exponentially.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;
    @Inject
    EventPublisher publisher;
    @Inject
    RelayConfig config;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        worker.submit(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            wakeUp.release();
            worker.shutdownNow();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = config.minBackoff();
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                drain();
                backoff = config.minBackoff();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: %s; next attempt in %d ms", rootMessage(e), backoff.toMillis());
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes batches until the outbox is empty or another instance holds the relay lock. */
    public void drain() {
        for (;;) {
            BatchResult result = relayBatch();
            if (result.failure() != null) {
                throw result.failure();
            }
            if (result.published() < config.batchSize()) {
                return;
            }
        }
    }

    /**
     * One transaction: take the relay lock (or give up at once), send the oldest rows, wait for
     * their acks, delete the acknowledged prefix. A failure keeps the failed row and all after it.
     */
    BatchResult relayBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) config.deliveryTimeout().toSeconds() + 30).call(() -> {
            if (!outbox.tryRelayLock()) {
                return new BatchResult(0, null);
            }
            List<OutboxEntry> batch = outbox.oldest(config.batchSize());
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEntry entry : batch) {
                acks.add(publisher.send(entry));
            }
            List<Long> acknowledged = new ArrayList<>(batch.size());
            RuntimeException failure = null;
            for (int i = 0; i < batch.size(); i++) {
                try {
                    acks.get(i).get(config.deliveryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
                    acknowledged.add(batch.get(i).id);
                } catch (Exception e) {
                    failure = new IllegalStateException("broker did not acknowledge event " + batch.get(i).eventId, e);
                    break;
                }
            }
            outbox.deleteAll(acknowledged);
            return new BatchResult(acknowledged.size(), failure);
        });
    }

    record BatchResult(int published, RuntimeException failure) {
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
