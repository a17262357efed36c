package org.backhabit.bench;

import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.localstack.auth.DevTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Time from the 201 of a check-in reporting an IMMEDIATE red flag to an URGENT prompt on the
 * person's {@code GET /progress/me/prompts}: each arrival a new user, at a fixed rate (open model),
 * every IMMEDIATE code of the shared vocabulary in turn.
 * Args: sessionUrl progressUrl [count=60] [perSecond=4]
 */
public final class RedFlagLatency {

    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    public static void main(String[] args) throws Exception {
        String sessionUrl = args[0];
        String progressUrl = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int perSecond = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<RedFlag> flags = RedFlag.immediate().stream().sorted().toList();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService probes = Executors.newCachedThreadPool();
        List<Future<Double>> results = new ArrayList<>();
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            next += interval;
            RedFlag flag = flags.get(i % flags.size());
            results.add(probes.submit(() -> probe(http, sessionUrl, progressUrl, flag)));
        }
        List<Double> millis = new ArrayList<>();
        int missing = 0;
        for (Future<Double> result : results) {
            Double ms = result.get();
            if (ms == null) {
                missing++;
            } else {
                millis.add(ms);
            }
        }
        probes.shutdown();
        Collections.sort(millis);
        System.out.printf("check-in with an IMMEDIATE red flag 201 -> URGENT prompt on GET /progress/me/prompts, %d users at %d/s "
                + "(%d without a prompt after 60 s): %s, max %.0f ms%n", count, perSecond, missing, Percentiles.summary(millis),
                millis.isEmpty() ? 0.0 : millis.get(millis.size() - 1));
    }

    /** @return milliseconds from the 201 to the prompt, null when none came */
    private static Double probe(HttpClient http, String sessionUrl, String progressUrl, RedFlag flag) throws Exception {
        String token = DevTokens.forUser("bench-red-flag-" + UUID.randomUUID());
        String body = """
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":6,"redFlags":["%s"]}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5), flag.name());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(sessionUrl + "/check-ins"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long at = System.nanoTime();
        if (created.statusCode() != 201) {
            throw new IllegalStateException("check-in answered " + created.statusCode() + " " + created.body());
        }
        HttpRequest prompts = HttpRequest.newBuilder(URI.create(progressUrl + "/progress/me/prompts"))
                .header("Authorization", "Bearer " + token).GET().build();
        while (System.nanoTime() - at < GIVE_UP_NANOS) {
            if (http.send(prompts, HttpResponse.BodyHandlers.ofString()).body().contains("\"severity\":\"URGENT\"")) {
                return (System.nanoTime() - at) / 1e6;
            }
            LockSupport.parkNanos(20_000_000L);
        }
        return null;
    }
}
