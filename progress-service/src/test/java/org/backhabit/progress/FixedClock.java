package org.backhabit.progress;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Tests run on Friday 2026-11-20, 12:00 UTC, so "this week" is Monday 16 to Sunday 22 November. */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Produces
    @Mock
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
