package org.backhabit.localstack;

import org.backhabit.localstack.infra.FreePorts;
import org.backhabit.localstack.launch.WebAppServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's web server: static files inside web/ only, this stack's config, and dev sign-in. */
class WebAppServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebAppServer server;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        Path root = Files.createTempDirectory("web");
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>t</title>");
        Files.writeString(root.getParent().resolve("secret.txt"), "outside");
        int port = FreePorts.next();
        server = WebAppServer.start(root, port, "{\"catalogUrl\":\"http://localhost:1\"}");
        base = "http://localhost:" + port;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesTheAppAndThisStacksConfigButNothingOutsideTheFolder() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"catalogUrl\":\"http://localhost:1\"}", get("/config.json").body());
        assertEquals(404, get("/../secret.txt").statusCode());
        assertEquals(404, get("/%2e%2e/secret.txt").statusCode());
        assertEquals(404, get("/missing.js").statusCode());
    }

    @Test
    void devSignInMintsATokenForTheName() throws Exception {
        HttpResponse<String> response = post("{\"name\":\"alice\"}");
        assertEquals(200, response.statusCode());
        String token = response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"sub\":\"alice\""), payload);
    }

    @Test
    void devSignInRefusesAMissingOrOddNameWithAProblem() throws Exception {
        for (String body : new String[] {"{}", "{\"name\":\"\"}", "{\"name\":\"a b\"}", "not json"}) {
            HttpResponse<String> response = post(body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("\"field\":\"name\""), response.body());
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev/sign-in")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
