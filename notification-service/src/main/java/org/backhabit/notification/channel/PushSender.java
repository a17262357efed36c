package org.backhabit.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.Utils;
import org.backhabit.notification.config.NotificationConfig;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.DeliveryEntity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;

/**
 * Web Push: the payload encrypted for the subscription (RFC 8291, aes128gcm) and a VAPID
 * authorization, both made by the web-push library; the request goes out through java.net.http.
 * 404 and 410 mean the subscription is gone.
 */
@ApplicationScoped
public class PushSender implements ChannelSender {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    NotificationConfig config;
    @Inject
    VapidKeys keys;
    @Inject
    TargetGuard guard;

    @Override
    public ChannelKind kind() {
        return ChannelKind.PUSH;
    }

    @Override
    public SendResult send(DeliveryEntity delivery, ChannelEntity channel) {
        String refusal = guard.refusal(channel.target);
        if (refusal != null) {
            return SendResult.retry("endpoint refused: " + refusal);
        }
        try {
            Notification notification = new Notification(channel.target, Utils.loadPublicKey(channel.pushP256dh),
                    Base64.getUrlDecoder().decode(channel.pushAuth), MessageBodies.push(delivery.notification).getBytes(StandardCharsets.UTF_8));
            nl.martijndwars.webpush.HttpRequest prepared = new VapidRequests(keys, config.push().subject()).prepare(notification);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prepared.getUrl()))
                    .timeout(config.push().timeout())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(prepared.getBody()));
            prepared.getHeaders().forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    request.header(name, value);
                }
            });
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404 || status == 410) {
                return SendResult.gone("push service answered " + status + ": subscription removed");
            }
            return status / 100 == 2 ? SendResult.DELIVERED : SendResult.retry("HTTP " + status);
        } catch (IOException e) {
            return SendResult.retry(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry("interrupted");
        } catch (GeneralSecurityException | org.jose4j.lang.JoseException | RuntimeException e) {
            return SendResult.retry("cannot encrypt for this subscription: " + e.getMessage());
        }
    }

    /** The library's request preparation (encryption, VAPID header) without its own HTTP client. */
    private static final class VapidRequests extends AbstractPushService<VapidRequests> {

        VapidRequests(VapidKeys keys, String subject) {
            super(keys.keyPair(), subject);
        }

        nl.martijndwars.webpush.HttpRequest prepare(Notification notification)
                throws GeneralSecurityException, IOException, org.jose4j.lang.JoseException {
            return prepareRequest(notification, Encoding.AES128GCM);
        }
    }
}
