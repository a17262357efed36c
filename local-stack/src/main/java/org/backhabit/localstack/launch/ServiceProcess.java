package org.backhabit.localstack.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One service started from its packaged Quarkus app as a separate JVM, logging to a file, restarted when it dies. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path quarkusRunJar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Consumer<String> log;
    private final Supervisor supervisor;

    private ServiceProcess(String name, Path quarkusRunJar, int port, int managementPort, Map<String, String> environment,
                           Path logFile, Consumer<String> log, Supervisor supervisor) {
        this.name = name;
        this.quarkusRunJar = quarkusRunJar;
        this.port = port;
        this.managementPort = managementPort;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.log = log;
        this.supervisor = supervisor;
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, int port, int managementPort, Map<String, String> environment,
                                       Path logDirectory, Consumer<String> log) {
        return start(name, quarkusRunJar, port, managementPort, environment, Map.of(), logDirectory, log);
    }

    /** @param overrides environment on top of {@code environment} for this run only; a later restart drops them */
    private static ServiceProcess start(String name, Path quarkusRunJar, int port, int managementPort, Map<String, String> environment,
                                        Map<String, String> overrides, Path logDirectory, Consumer<String> log) {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException(quarkusRunJar + " is missing: build first (./mvnw install -DskipTests)");
        }
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC", "-jar", quarkusRunJar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            builder.environment().putAll(overrides);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            return new ServiceProcess(name, quarkusRunJar, port, managementPort, environment, logFile, log,
                    Supervisor.start(name, builder::start, log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing fast if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!supervisor.isRunning()) {
                throw new IllegalStateException(name + " exited with " + supervisor.process().exitValue() + " while starting; see " + logFile);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + logFile);
    }

    /** Stops this process gracefully and starts the same service again, on the same ports and configuration. */
    public ServiceProcess restart() {
        return restart(Map.of());
    }

    /** As {@link #restart()}, with {@code overrides} on top of the configuration until the next restart. */
    public ServiceProcess restart(Map<String, String> overrides) {
        close();
        return start(name, quarkusRunJar, port, managementPort, environment, overrides, logFile.getParent(), log);
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Metrics ({@code /q/metrics}) and detailed health; not for clients. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return supervisor.process().pid();
    }

    public boolean isRunning() {
        return supervisor.isRunning();
    }

    /** How often the service died and was started again. */
    public int restarts() {
        return supervisor.restarts();
    }

    /** SIGKILL, as a crash would end it; the supervisor starts it again. */
    public void kill() {
        supervisor.process().destroyForcibly();
    }

    /** Stops supervising and asks the service to shut down gracefully (SIGTERM), forcing it after 20 s. */
    @Override
    public void close() {
        supervisor.close();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
