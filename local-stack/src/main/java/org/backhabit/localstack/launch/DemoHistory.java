package org.backhabit.localstack.launch;

import org.backhabit.localstack.auth.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

/**
 * Eight weeks of believable history for one user, recorded through the public APIs: two to four
 * sessions a week, strength work most weeks, pain easing over time, a weekly check-in. Each write
 * carries an Idempotency-Key derived from its date, so running the demo twice records it once.
 */
public final class DemoHistory {

    public static final String USER = "demo";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final List<String> ROUTINES = List.of("posture-strength", "desk-break", "morning-mobility", "evening-recovery");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String sessionUrl;
    private final String progressUrl;
    private final String token = DevTokens.forUser(USER);

    public DemoHistory(String sessionUrl, String progressUrl) {
        this.sessionUrl = sessionUrl;
        this.progressUrl = progressUrl;
    }

    /** @return how many writes the services accepted (replays included) */
    public int record() {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
        int accepted = 0;
        for (int week = 0; week < 8; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            int sessions = week == 5 ? 2 : 3 + (random.nextInt(4) == 0 ? 1 : 0);
            double basePain = 6.0 - week * 0.5;
            for (int n = 0; n < sessions; n++) {
                LocalDate day = monday.plusDays(n * 2L);
                ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(7 + random.nextInt(12), random.nextInt(60)), ZONE);
                if (at.isAfter(ZonedDateTime.now(ZONE))) {
                    continue;
                }
                String routine = n == 0 ? "posture-strength" : ROUTINES.get(1 + random.nextInt(ROUTINES.size() - 1));
                int before = (int) Math.max(0, Math.round(basePain + random.nextGaussian()));
                int after = Math.max(0, before - 1 - random.nextInt(2));
                String body = """
                        {"routineSlug":"%s","completedAt":"%s","timeZone":"%s","durationMinutes":%d,
                         "painBefore":%d,"painAfter":%d,"effort":%d}"""
                        .formatted(routine, at.toOffsetDateTime(), ZONE, 5 + random.nextInt(12), before, after, 3 + random.nextInt(5));
                accepted += post(sessionUrl + "/sessions", body, "demo-session-" + day + "-" + n) ? 1 : 0;
            }
            ZonedDateTime checkIn = ZonedDateTime.of(monday.plusDays(6), LocalTime.of(20, 0), ZONE);
            if (checkIn.isBefore(ZonedDateTime.now(ZONE))) {
                String body = """
                        {"at":"%s","timeZone":"%s","painLevel":%d,"areas":["BETWEEN_SHOULDER_BLADES"],"redFlags":[]}"""
                        .formatted(checkIn.toOffsetDateTime(), ZONE, (int) Math.round(basePain));
                accepted += post(sessionUrl + "/check-ins", body, "demo-checkin-" + monday) ? 1 : 0;
            }
        }
        return accepted;
    }

    private boolean post(String url, String json, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                System.err.println("[demo] " + url + " answered " + response.statusCode() + ": " + response.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            System.err.println("[demo] " + url + " failed: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
