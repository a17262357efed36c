package org.backhabit.problem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per key: at most {@code limit} permits per key and window. Plain Java
 * so it is tested without a server; keys of past windows are dropped as the map grows.
 */
public final class RateWindows {

    static final long WINDOW_SECONDS = 60;
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long index, int used) {
    }

    /** @param remaining permits left in this window; {@code resetSeconds} until the next one */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateWindows(int limit) {
        this.limit = limit;
    }

    public Decision acquire(String key, long nowEpochSeconds) {
        long index = nowEpochSeconds / WINDOW_SECONDS;
        Window window = windows.compute(key, (k, current) -> current == null || current.index() != index
                ? new Window(index, 1)
                : new Window(index, Math.min(current.used() + 1, limit + 1)));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.index() < index);
        }
        long reset = (index + 1) * WINDOW_SECONDS - nowEpochSeconds;
        return new Decision(window.used() <= limit, limit, Math.max(0, limit - window.used()), reset);
    }
}
