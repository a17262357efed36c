package org.backhabit.progress.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Now" is injected so tests can pin it. With {@code backhabit.clock.start} set, the clock starts at
 * that instant and runs on from there: a demo or an end-to-end test can live on a past date.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(@ConfigProperty(name = "backhabit.clock.start") Optional<Instant> start) {
        Clock system = Clock.systemUTC();
        return start.map(at -> Clock.offset(system, Duration.between(system.instant(), at))).orElse(system);
    }
}
