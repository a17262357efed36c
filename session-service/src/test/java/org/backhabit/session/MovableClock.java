package org.backhabit.session;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock unless a test pins it with {@link #pin(Instant)};
 * {@link #unpin()} in a finally block gives the next test real time again.
 */
public class MovableClock extends Clock {

    private static volatile Instant pinned;

    public static void pin(Instant instant) {
        pinned = instant;
    }

    public static void unpin() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads the clock in UTC");
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now != null ? now : Instant.now();
    }

    /** Replaces the service's system clock in every test of this module. */
    public static class Producer {
        @Produces
        @Mock
        @ApplicationScoped
        Clock clock() {
            return new MovableClock();
        }
    }
}
