package org.backhabit.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.SealedPayload;
import org.backhabit.localstack.auth.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens sealed event data as a consuming service does: the key comes from session-service, once per key. */
final class EventOpener {

    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

    private final HttpClient http;
    private final String sessionUrl;
    private final String token = DevTokens.withGroups("bench", "service");
    private final Map<String, Optional<byte[]>> keys = new ConcurrentHashMap<>();

    EventOpener(HttpClient http, String sessionUrl) {
        this.http = http;
        this.sessionUrl = sessionUrl;
    }

    /** @return the data as JSON, or empty when its key is gone (the person was erased) */
    Optional<String> open(ConsumerRecord<String, String> record) {
        if (!SealedPayload.CONTENT_TYPE.equals(CloudEventHeaders.value(record.headers(), CloudEventHeaders.CONTENT_TYPE))) {
            return Optional.of(record.value());
        }
        return keys.computeIfAbsent(SealedPayload.keyId(record.value()), this::fetch).map(key -> SealedPayload.open(record.value(), key));
    }

    private Optional<byte[]> fetch(String keyId) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sessionUrl + "/internal/event-keys/" + keyId))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher key = KEY.matcher(response.body());
            return response.statusCode() == 200 && key.find() ? Optional.of(Base64.getDecoder().decode(key.group(1))) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the event key endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
