package org.backhabit.session;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clients that send a body slowly must not hold the threads that answer everyone else: bodies are
 * buffered without blocking a worker, and a body over the limit is refused at once.
 */
@QuarkusTest
class SlowClientTest {

    private static final int SLOW_UPLOADS = 200;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNormalRequestIsAnsweredWhile200SlowUploadsAreOpen() throws Exception {
        String token = DevTokens.forUser(Requests.newUser());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "sessions")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20)).build();
        long quiet = timed(() -> assertEquals(200, client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_UPLOADS; i++) {
                // 30 kB declared: under the body limit, so the server must wait for it without blocking a worker.
                slow.add(startUpload(token, 30_000));
            }
            long busy = timed(() -> assertEquals(200, client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()));
            System.out.printf("GET /sessions answered in %d ms while %d slow uploads were open (%d ms without them)%n", busy, SLOW_UPLOADS, quiet);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblem() throws Exception {
        String token = DevTokens.forUser(Requests.newUser());
        try (Socket socket = startUpload(token, 100_000)) {
            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Sends the headers and the first bytes of a JSON body, then stops, as a slow client would. */
    private Socket startUpload(String token, int declaredLength) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /sessions HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength + "\r\n\r\n{\"notes\":\"")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
