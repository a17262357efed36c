package org.backhabit.localstack.launch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps one child process running: when it exits on its own, it is started again after a backoff
 * (1 s, doubling up to 30 s, back to 1 s once a run lasted a minute), and each restart is logged.
 * {@link #close()} stops it for good.
 */
public final class Supervisor implements AutoCloseable {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofMinutes(1);

    /** Starts the process; called again for every restart. */
    public interface Starter {
        Process start() throws IOException;
    }

    private final String name;
    private final Starter starter;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile int restarts;
    private Instant startedAt;
    private Duration nextDelay = FIRST_DELAY;

    private Supervisor(String name, Starter starter, Consumer<String> log) {
        this.name = name;
        this.starter = starter;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervise-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the process now; a failure to start at all is thrown, later ones are retried. */
    public static Supervisor start(String name, Starter starter, Consumer<String> log) throws IOException {
        Supervisor supervisor = new Supervisor(name, starter, log);
        supervisor.launch();
        return supervisor;
    }

    private synchronized void launch() throws IOException {
        Process started = starter.start();
        process = started;
        startedAt = Instant.now();
        started.onExit().thenAccept(this::exited);
    }

    private synchronized void exited(Process ended) {
        if (stopping || ended != process) {
            return;
        }
        if (Duration.between(startedAt, Instant.now()).compareTo(STABLE_AFTER) >= 0) {
            nextDelay = FIRST_DELAY;
        }
        Duration delay = nextDelay;
        nextDelay = nextDelay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : nextDelay.multipliedBy(2);
        log.accept(name + " (pid " + ended.pid() + ") exited with " + ended.exitValue() + "; restarting in " + delay.toSeconds() + " s");
        timer.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        if (stopping) {
            return;
        }
        try {
            restarts++;
            launch();
            log.accept(name + " restarted (pid " + process.pid() + ", restart #" + restarts + ")");
        } catch (IOException e) {
            log.accept(name + " could not be restarted: " + e.getMessage());
            synchronized (this) {
                exited(process);
            }
        }
    }

    public Process process() {
        return process;
    }

    public int restarts() {
        return restarts;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops supervising, then asks the process to stop (SIGTERM), forcing it after 20 s. */
    @Override
    public void close() {
        stopping = true;
        timer.shutdownNow();
        Process current = process;
        current.destroy();
        try {
            if (!current.waitFor(20, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
