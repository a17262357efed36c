package org.backhabit.session.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.backhabit.session.repository.OutboxRepository;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Outbox depth and the age of its oldest row, as readiness detail and as gauges
 * ({@code outbox_depth}, {@code outbox_oldest_age_seconds}). A growing age means events are not
 * reaching Kafka; writes are still safe, so it informs rather than takes the instance out.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRepository outbox;
    @Inject
    MeterRegistry registry;

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("outbox.depth", this, OutboxHealthCheck::depth)
                .description("Events written but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("outbox.oldest.age.seconds", this, OutboxHealthCheck::oldestAgeSeconds)
                .description("Age of the oldest unpublished event").baseUnit("seconds").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox").up()
                .withData("depth", (long) depth())
                .withData("oldestAgeSeconds", (long) oldestAgeSeconds())
                .build();
    }

    double depth() {
        return QuarkusTransaction.requiringNew().call(() -> (double) outbox.depth());
    }

    double oldestAgeSeconds() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.oldestAge().toMillis() / 1000.0);
    }
}
