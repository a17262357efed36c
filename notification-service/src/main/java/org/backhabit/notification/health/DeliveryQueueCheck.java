package org.backhabit.notification.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.notification.repository.DeliveryRepository;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;

/**
 * Pending deliveries and the age of the oldest, as readiness detail and as gauges
 * ({@code notification_queue_depth}, {@code notification_oldest_pending_age_seconds}). Waiting is
 * normal (retries, quiet hours), so it informs rather than takes the instance out.
 */
@Readiness
@ApplicationScoped
public class DeliveryQueueCheck implements HealthCheck {

    @Inject
    DeliveryRepository deliveries;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("notification.queue.depth", this, DeliveryQueueCheck::depth)
                .description("Deliveries waiting to be sent").register(registry);
        Gauge.builder("notification.oldest.pending.age.seconds", this, DeliveryQueueCheck::oldestAgeSeconds)
                .description("Age of the oldest delivery still waiting").baseUnit("seconds").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("delivery-queue").up()
                .withData("depth", (long) depth())
                .withData("oldestPendingAgeSeconds", (long) oldestAgeSeconds())
                .build();
    }

    double depth() {
        return QuarkusTransaction.requiringNew().call(() -> (double) deliveries.pending());
    }

    double oldestAgeSeconds() {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.oldestPendingAge(clock.instant()).toMillis() / 1000.0);
    }
}
