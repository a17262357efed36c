package org.backhabit.localstack.launch;

import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which ports it uses.
 *
 * @param projectRoot the checkout, where each service's {@code target/quarkus-app} lives
 * @param dataDirectory PostgreSQL data, Kafka logs, service logs and the dev public key
 */
public record StackSettings(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                            int catalogPort, int sessionPort, int progressPort) {

    public static final int CATALOG_PORT = 8081;
    public static final int SESSION_PORT = 8082;
    public static final int PROGRESS_PORT = 8083;

    /** The launcher's defaults: data under {@code .data/} (or {@code $BACKHABIT_DATA_DIR}), the documented service ports. */
    public static StackSettings defaults(Path projectRoot) {
        String dataDirectory = System.getenv("BACKHABIT_DATA_DIR");
        return new StackSettings(projectRoot,
                dataDirectory == null || dataDirectory.isBlank() ? projectRoot.resolve(".data") : projectRoot.resolve(dataDirectory),
                intFromEnv("BACKHABIT_POSTGRES_PORT", 15432), intFromEnv("BACKHABIT_KAFKA_PORT", 19092),
                CATALOG_PORT, SESSION_PORT, PROGRESS_PORT);
    }

    public Path quarkusRunJar(String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int intFromEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
