package org.backhabit.system;

import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The smoke scenario on docker-compose.yml: the same services as images, with PostgreSQL 17 and
 * Kafka in containers. Runs only where a Docker engine answers; elsewhere it is skipped and says why.
 */
class ComposeSmokeTest {

    private static ComposeContainer compose;

    static void up() {
        Path root = Path.of(System.getProperty("backhabit.root", "..")).toAbsolutePath().normalize();
        compose = new ComposeContainer(new File(root.toFile(), "docker-compose.yml"))
                .withBuild(true)
                .withExposedService("catalog-service", 8081, Wait.forHttp("/q/health/ready").withStartupTimeout(Duration.ofMinutes(5)))
                .withExposedService("session-service", 8082, Wait.forHttp("/q/health/ready").withStartupTimeout(Duration.ofMinutes(5)))
                .withExposedService("progress-service", 8083, Wait.forHttp("/q/health/ready").withStartupTimeout(Duration.ofMinutes(5)))
                .withExposedService("notification-service", 8084, Wait.forHttp("/q/health/ready").withStartupTimeout(Duration.ofMinutes(5)));
        compose.start();
    }

    @AfterEach
    void down() {
        if (compose != null) {
            compose.stop();
        }
    }

    /** False only when no Docker engine answers; any other failure of the check fails the test. */
    private static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    private static String url(String service, int port) {
        return "http://" + compose.getServiceHost(service, port) + ":" + compose.getServicePort(service, port);
    }

    @Test
    void aSessionRecordedInTheComposedSystemShowsOnTheDashboard() {
        assumeTrue(dockerAvailable(), "skipped: no Docker engine reachable here, so docker-compose.yml cannot be brought up "
                + "(the same scenario runs without Docker in WholeSystemTest)");
        up();
        String user = "compose-" + UUID.randomUUID();
        String token = "Bearer " + DevTokens.forUser(user);
        given().baseUri(url("catalog-service", 8081)).get("/exercises").then().statusCode(200).body("total", greaterThanOrEqualTo(25));
        given().baseUri(url("session-service", 8082)).header("Authorization", token).contentType("application/json")
                .body("""
                        {"routineSlug":"desk-break","completedAt":"%s","timeZone":"UTC","durationMinutes":5}"""
                        .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)))
                .post("/sessions").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(url("progress-service", 8083)).header("Authorization", token).get("/progress/me/dashboard")
                        .then().statusCode(200).body("rolling7Days", is(1)));
    }
}
