package org.backhabit.localstack.launch;

import org.backhabit.localstack.auth.DevKeys;
import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.infra.FreePorts;
import org.backhabit.localstack.infra.KafkaBroker;
import org.backhabit.localstack.infra.MailServer;
import org.backhabit.localstack.infra.PostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The whole system on one machine: a real PostgreSQL (a database per service), a real Kafka
 * broker, a real SMTP/IMAP server, and the four services as separate JVMs wired to them. Used by the launcher and by the
 * end-to-end tests, so both start the system the same way.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final Consumer<String> progress;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MailServer mail;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private WebAppServer web;

    public LocalStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public LocalStack start() {
        Path data = settings.dataDirectory();
        step("PostgreSQL on port " + settings.postgresPort(), () -> {
            postgres = PostgresServer.start(settings.postgresPort(), data.resolve("postgres"));
            List.of("catalog", "session", "progress", "notification").forEach(postgres::ensureDatabase);
        });
        step("Kafka on port " + settings.kafkaPort(), () -> kafka = KafkaBroker.start(settings.kafkaPort(), data.resolve("kafka")));
        step("mail server (SMTP " + settings.smtpPort() + ", IMAP " + settings.imapPort() + ")",
                () -> mail = MailServer.start(settings.smtpPort(), settings.imapPort()));

        Path publicKey = DevKeys.publicKeyFile(data.resolve("dev-keys"));
        Map<String, String> common = new HashMap<>();
        common.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        common.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        common.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        common.put("MP_JWT_VERIFY_AUDIENCES", DevKeys.AUDIENCE);
        if (settings.webPort() != 0) {
            common.put("CORS_ORIGINS", "http://localhost:5173," + settings.webOrigins());
        }

        startService("catalog-service", settings.catalogPort(), "catalog", common, Map.of());
        startService("session-service", settings.sessionPort(), "session", common,
                Map.of("QUARKUS_REST_CLIENT_CATALOG_URL", "http://localhost:" + settings.catalogPort()));
        // progress and notification open sealed events with keys from session-service, asking with a service token.
        startService("progress-service", settings.progressPort(), "progress", common, eventKeys("progress-service"));
        Map<String, String> notification = new HashMap<>(eventKeys("notification-service"));
        notification.putAll(Map.of(
                "NOTIFICATION_EMAIL_SMTP_HOST", "127.0.0.1",
                "NOTIFICATION_EMAIL_SMTP_PORT", Integer.toString(settings.smtpPort()),
                "NOTIFICATION_PUBLIC_URL", notificationUrl(),
                // Webhook receivers on this machine are the point of a local stack.
                "NOTIFICATION_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"));
        startService("notification-service", settings.notificationPort(), "notification", common, notification);
        for (ServiceProcess service : services) {
            step(service.name() + " at " + service.baseUrl(), () -> service.awaitReady(READY_TIMEOUT));
        }
        if (settings.webPort() != 0) {
            step("web app at " + webUrl(), () -> web = WebAppServer.start(settings.webDirectory(), settings.webPort(), webConfig()));
        }
        return this;
    }

    public String catalogUrl() {
        return "http://localhost:" + settings.catalogPort();
    }

    public String sessionUrl() {
        return "http://localhost:" + settings.sessionPort();
    }

    public String progressUrl() {
        return "http://localhost:" + settings.progressPort();
    }

    public String webUrl() {
        return "http://localhost:" + settings.webPort();
    }

    /** What the web app reads from /config.json: this stack's URLs, and that dev sign-in is available. */
    private String webConfig() {
        return """
                {"catalogUrl":"%s","sessionUrl":"%s","progressUrl":"%s","notificationUrl":"%s","devSignIn":true}"""
                .formatted(catalogUrl(), sessionUrl(), progressUrl(), notificationUrl());
    }

    public String notificationUrl() {
        return "http://localhost:" + settings.notificationPort();
    }

    /** The SMTP/IMAP server the notification service mails through; read it over IMAP on {@code imapPort()}. */
    public MailServer mail() {
        return mail;
    }

    /** Stops one service gracefully and starts it again on the same port and data; returns once it is ready. */
    public void restart(String module) {
        restart(module, Map.of());
    }

    /** As {@link #restart(String)}, with {@code overrides} on top of the service's environment until its next restart. */
    public void restart(String module, Map<String, String> overrides) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).name().equals(module)) {
                ServiceProcess restarted = services.get(i).restart(overrides);
                services.set(i, restarted);
                restarted.awaitReady(READY_TIMEOUT);
                return;
            }
        }
        throw new IllegalArgumentException("no service " + module);
    }

    /** The database server, so a test can look into every service's tables, or take it away and bring it back. */
    public PostgresServer postgres() {
        return postgres;
    }

    /** The broker, so a test can take it away and bring it back. */
    public KafkaBroker kafka() {
        return kafka;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** One line per part: what {@code ./stack status} shows. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        lines.add("%-17s port %-5d  in the launcher (pid %d)".formatted("postgresql", settings.postgresPort(), ProcessHandle.current().pid()));
        lines.add("%-17s port %-5d  in the launcher (pid %d)".formatted("kafka", settings.kafkaPort(), ProcessHandle.current().pid()));
        lines.add("%-17s port %-5d  in the launcher (pid %d)".formatted("mail (smtp)", settings.smtpPort(), ProcessHandle.current().pid()));
        for (ServiceProcess service : services) {
            lines.add("%-17s port %-5d  %-10s pid %-7d restarts %d   management %s".formatted(service.name(), service.port(),
                    service.isRunning() ? "running" : "restarting", service.pid(), service.restarts(), service.managementUrl()));
        }
        return lines;
    }

    /** Stops the services first (they flush and commit), then the mail server, Kafka and PostgreSQL. */
    @Override
    public void close() {
        if (web != null) {
            quietly(web::close);
        }
        services.forEach(service -> quietly(service::close));
        services.clear();
        if (mail != null) {
            quietly(mail::close);
        }
        if (kafka != null) {
            quietly(kafka::close);
        }
        if (postgres != null) {
            quietly(postgres::close);
        }
    }

    /** Where a reader of sealed events asks for keys, and its token of the group service. */
    private Map<String, String> eventKeys(String service) {
        return Map.of("SESSION_SERVICE_URL", "http://localhost:" + settings.sessionPort(),
                "EVENT_KEYS_TOKEN", DevTokens.mint(service, List.of("service"), Duration.ofDays(365)));
    }

    private void startService(String module, int port, String database, Map<String, String> common, Map<String, String> own) {
        Map<String, String> env = new HashMap<>(common);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.putAll(own);
        progress.accept("starting " + module + " (log: " + settings.dataDirectory().resolve("logs").resolve(module + ".log") + ")");
        services.add(ServiceProcess.start(module, settings.quarkusRunJar(module), port, FreePorts.next(), env,
                settings.dataDirectory().resolve("logs"), progress));
    }

    private void step(String what, Runnable action) {
        long started = System.nanoTime();
        progress.accept("starting " + what + " ...");
        action.run();
        progress.accept("  ready: " + what + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("while stopping: " + e.getMessage());
        }
    }
}
