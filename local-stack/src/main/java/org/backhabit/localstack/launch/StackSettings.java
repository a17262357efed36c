package org.backhabit.localstack.launch;

import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which ports it uses.
 *
 * @param projectRoot the checkout, where each service's {@code target/quarkus-app} lives
 * @param dataDirectory PostgreSQL data, Kafka logs, service logs and the dev public key
 * @param webPort where the web app is served; 0 for no web app
 */
public record StackSettings(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                            int smtpPort, int imapPort,
                            int catalogPort, int sessionPort, int progressPort, int notificationPort, int webPort) {

    /** Without the web app. */
    public StackSettings(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                         int smtpPort, int imapPort,
                         int catalogPort, int sessionPort, int progressPort, int notificationPort) {
        this(projectRoot, dataDirectory, postgresPort, kafkaPort, smtpPort, imapPort,
                catalogPort, sessionPort, progressPort, notificationPort, 0);
    }

    public static final int CATALOG_PORT = 8081;
    public static final int SESSION_PORT = 8082;
    public static final int PROGRESS_PORT = 8083;
    public static final int NOTIFICATION_PORT = 8084;
    public static final int WEB_PORT = 8080;

    /**
     * The launcher's defaults: data under {@code .data/} (or {@code $BACKHABIT_DATA_DIR}), the
     * documented ports, each movable with a {@code BACKHABIT_*_PORT} variable.
     */
    public static StackSettings defaults(Path projectRoot) {
        String dataDirectory = System.getenv("BACKHABIT_DATA_DIR");
        return new StackSettings(projectRoot,
                dataDirectory == null || dataDirectory.isBlank() ? projectRoot.resolve(".data") : projectRoot.resolve(dataDirectory),
                intFromEnv("BACKHABIT_POSTGRES_PORT", 15432), intFromEnv("BACKHABIT_KAFKA_PORT", 19092),
                intFromEnv("BACKHABIT_SMTP_PORT", 3025), intFromEnv("BACKHABIT_IMAP_PORT", 3143),
                intFromEnv("BACKHABIT_CATALOG_PORT", CATALOG_PORT), intFromEnv("BACKHABIT_SESSION_PORT", SESSION_PORT),
                intFromEnv("BACKHABIT_PROGRESS_PORT", PROGRESS_PORT), intFromEnv("BACKHABIT_NOTIFICATION_PORT", NOTIFICATION_PORT),
                intFromEnv("BACKHABIT_WEB_PORT", WEB_PORT));
    }

    public Path quarkusRunJar(String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path webDirectory() {
        return projectRoot.resolve("web");
    }

    /** The origins the web app is served from, which the services must allow (CORS). */
    public String webOrigins() {
        return webPort == 0 ? "" : "http://localhost:" + webPort + ",http://127.0.0.1:" + webPort;
    }

    private static int intFromEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
