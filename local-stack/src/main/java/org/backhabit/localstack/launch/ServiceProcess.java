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
import java.util.concurrent.TimeUnit;

/** One service started from its packaged Quarkus app as a separate JVM, logging to a file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path quarkusRunJar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, Path quarkusRunJar, int port, Map<String, String> environment, Path logFile, Process process) {
        this.name = name;
        this.quarkusRunJar = quarkusRunJar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.process = process;
    }

    public static ServiceProcess start(String name, Path quarkusRunJar, int port, Map<String, String> environment, Path logDirectory) {
        return start(name, quarkusRunJar, port, environment, Map.of(), logDirectory);
    }

    /** @param overrides environment on top of {@code environment} for this run only; a later restart drops them */
    private static ServiceProcess start(String name, Path quarkusRunJar, int port, Map<String, String> environment,
                                        Map<String, String> overrides, Path logDirectory) {
        if (!Files.isRegularFile(quarkusRunJar)) {
            throw new IllegalStateException(quarkusRunJar + " is missing: build first (./mvnw install -DskipTests)");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC", "-jar", quarkusRunJar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().putAll(overrides);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new ServiceProcess(name, quarkusRunJar, port, environment, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing fast if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
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

    /** Stops this process gracefully and starts the same service again, on the same port and configuration. */
    public ServiceProcess restart() {
        return restart(Map.of());
    }

    /** As {@link #restart()}, with {@code overrides} on top of the configuration until the next restart. */
    public ServiceProcess restart(Map<String, String> overrides) {
        close();
        return start(name, quarkusRunJar, port, environment, overrides, logFile.getParent());
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Asks the service to shut down gracefully (SIGTERM), then forces it after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
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
