package org.backhabit.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.backhabit.localstack.infra.PostgresServer;

import java.util.Map;

/** Points a Quarkus test at the JVM's real PostgreSQL (its own database per service). */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = TestInfrastructure.postgres();
        server.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // The server outlives this test class; the JVM's shutdown hook stops it.
    }
}
