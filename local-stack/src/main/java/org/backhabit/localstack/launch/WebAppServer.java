package org.backhabit.localstack.launch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.backhabit.localstack.auth.DevTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the reference web app ({@code web/}) as static files, with two local-only additions:
 * {@code /config.json} names the services' URLs of this stack, and {@code POST /dev/sign-in}
 * mints a dev token for a name (the dev key pair is for local use only; production front ends get
 * tokens from the identity provider).
 */
public final class WebAppServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "webmanifest", "application/manifest+json", "txt", "text/plain; charset=utf-8");
    /** A user id as the services accept it in sub: letters, digits and a few separators. */
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([A-Za-z0-9._@-]{1,64})\"");

    private final HttpServer server;
    private final ExecutorService workers;

    private WebAppServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    public static WebAppServer start(Path webDirectory, int port, String configJson) {
        Path webRoot = webDirectory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(webRoot.resolve("index.html"))) {
            throw new IllegalStateException(webRoot + "/index.html is missing");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/config.json", exchange -> send(exchange, 200, "application/json", configJson.getBytes(StandardCharsets.UTF_8)));
            server.createContext("/dev/sign-in", WebAppServer::signIn);
            server.createContext("/", exchange -> serveFile(webRoot, exchange));
            ExecutorService workers = Executors.newFixedThreadPool(4);
            server.setExecutor(workers);
            server.start();
            return new WebAppServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the web app on port " + port, e);
        }
    }

    private static void signIn(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, "text/plain", "POST only".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        Matcher name = NAME.matcher(body);
        if (!name.find()) {
            String problem = """
                    {"type":"urn:problem-type:http-400","title":"Bad Request","status":400,"detail":"name: 1 to 64 letters, digits, '.', '_', '@' or '-'","violations":[{"field":"name","message":"1 to 64 letters, digits, '.', '_', '@' or '-'"}]}""";
            send(exchange, 400, "application/problem+json", problem.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String json = "{\"token\":\"" + DevTokens.forUser(name.group(1)) + "\",\"userId\":\"" + name.group(1) + "\"}";
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void serveFile(Path root, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !exchange.getRequestMethod().matches("GET|HEAD")) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
