package org.backhabit.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.notification.config.NotificationConfig;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.DeliveryEntity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * POSTs {@code { type, timestamp, data }} signed per Standard Webhooks. The delivery id is the
 * {@code webhook-id}, the same on every retry, so a receiver can drop a duplicate.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    NotificationConfig config;
    @Inject
    TargetGuard guard;
    @Inject
    Clock clock;

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public SendResult send(DeliveryEntity delivery, ChannelEntity channel) {
        String refusal = guard.refusal(channel.target);
        if (refusal != null) {
            return SendResult.retry("target refused: " + refusal);
        }
        String id = delivery.id.toString();
        long timestamp = clock.instant().getEpochSecond();
        String body = MessageBodies.webhook(delivery.notification);
        HttpRequest request = HttpRequest.newBuilder(URI.create(channel.target))
                .timeout(config.webhooks().timeout())
                .header("content-type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(channel.secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? SendResult.DELIVERED : SendResult.retry("HTTP " + status);
        } catch (IOException e) {
            return SendResult.retry(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry("interrupted");
        }
    }
}
