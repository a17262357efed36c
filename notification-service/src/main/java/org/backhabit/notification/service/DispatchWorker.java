package org.backhabit.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.backhabit.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one thread per instance that fires due reminders and sends due deliveries. Woken right
 * after a commit that planned deliveries; the poll interval is the safety net (retries, quiet
 * hours ending, rows another instance left).
 */
@ApplicationScoped
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);

    @Inject
    ReminderService reminders;
    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    NotificationConfig config;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;

    void start(@Observes StartupEvent event) {
        if (!config.dispatch().enabled()) {
            LOG.info("dispatch disabled on this instance");
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "notification-dispatch"));
        worker.submit(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            wakeUp.release();
            worker.shutdown();
            try {
                worker.awaitTermination(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesPlanned planned) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(config.dispatch().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                reminders.fireDue();
                while (running && dispatcher.drain() == config.dispatch().batchSize()) {
                    // a full batch: more may be due
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("dispatch round failed (%s); next round at the next poll", e.getMessage());
            }
        }
    }
}
