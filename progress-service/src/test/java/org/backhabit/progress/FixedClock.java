package org.backhabit.progress;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tests run on Friday 2026-11-20, 12:00 UTC, so "this week" is Monday 16 to Sunday 22 November.
 * A test that lets time pass moves the clock with {@link #advance} and puts it back with {@link #reset}.
 */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static final AtomicReference<Instant> CURRENT = new AtomicReference<>(NOW);

    public static void advance(Duration by) {
        CURRENT.updateAndGet(now -> now.plus(by));
    }

    public static void reset() {
        CURRENT.set(NOW);
    }

    @Produces
    @Mock
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return CURRENT.get();
            }
        };
    }
}
