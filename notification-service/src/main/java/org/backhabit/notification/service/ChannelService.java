package org.backhabit.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import nl.martijndwars.webpush.Utils;
import org.backhabit.notification.channel.TargetGuard;
import org.backhabit.notification.channel.VapidKeys;
import org.backhabit.notification.channel.WebhookSignature;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.model.DeliveryStatus;
import org.backhabit.notification.model.EmailRequest;
import org.backhabit.notification.model.EmailView;
import org.backhabit.notification.model.PushSubscriptionRequest;
import org.backhabit.notification.model.PushSubscriptionView;
import org.backhabit.notification.model.WebhookCreated;
import org.backhabit.notification.model.WebhookRequest;
import org.backhabit.notification.model.WebhookView;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.ChannelRepository;
import org.backhabit.notification.repository.DeliveryRepository;
import org.backhabit.problem.ProblemException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A person's channels: one e-mail address, webhook endpoints, push subscriptions. */
@ApplicationScoped
public class ChannelService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ChannelRepository channels;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    TargetGuard guard;
    @Inject
    VapidKeys vapid;
    @Inject
    Clock clock;

    /** Sets the address; setting it again (also after an unsubscribe or a failure) enables it anew. */
    @Transactional
    public EmailView putEmail(String userId, EmailRequest request) {
        String address = strictAddress(request.address());
        ChannelEntity c = channels.email(userId).orElseGet(() -> {
            ChannelEntity created = newChannel(userId, ChannelKind.EMAIL);
            created.unsubscribeToken = token();
            return created;
        });
        c.target = address;
        c.enabled = true;
        c.disabledReason = null;
        c.failingSince = null;
        if (!channels.isPersistent(c)) {
            channels.persist(c);
        }
        return EmailView.of(c);
    }

    @Transactional
    public EmailView email(String userId) {
        return channels.email(userId).map(EmailView::of).orElseThrow(() -> ProblemException.notFound("No e-mail address set."));
    }

    @Transactional
    public void deleteEmail(String userId) {
        remove(channels.email(userId).orElseThrow(() -> ProblemException.notFound("No e-mail address set.")));
    }

    /** RFC 8058 one-click: the token in the link is the credential. @return false for an unknown token */
    @Transactional
    public boolean unsubscribe(String token) {
        return channels.byUnsubscribeToken(token).map(c -> {
            c.disable("unsubscribed with the link in an e-mail at " + clock.instant());
            deliveries.closePending(c.id, DeliveryStatus.DISABLED, c.disabledReason);
            return true;
        }).orElse(false);
    }

    @Transactional
    public WebhookCreated addWebhook(String userId, WebhookRequest request) {
        checkTarget("url", request.url());
        String secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        try {
            WebhookSignature.key(secret);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("secret", e.getMessage());
        }
        ChannelEntity c = newChannel(userId, ChannelKind.WEBHOOK);
        c.target = request.url();
        c.secret = secret;
        channels.persist(c);
        return new WebhookCreated(c.id, c.target, secret);
    }

    @Transactional
    public List<WebhookView> webhooks(String userId) {
        return channels.ofUser(userId, ChannelKind.WEBHOOK).stream().map(WebhookView::of).toList();
    }

    @Transactional
    public PushSubscriptionView subscribe(String userId, PushSubscriptionRequest request) {
        checkTarget("endpoint", request.endpoint());
        byte[] auth = base64Url("keys.auth", request.keys().auth());
        if (auth.length != 16) {
            throw ProblemException.badRequest("keys.auth", "must be 16 bytes, base64url");
        }
        byte[] point = base64Url("keys.p256dh", request.keys().p256dh());
        try {
            if (point.length != 65 || point[0] != 4) {
                throw new IllegalArgumentException("not an uncompressed point");
            }
            Utils.loadPublicKey(point);
        } catch (Exception e) {
            throw ProblemException.badRequest("keys.p256dh", "must be an uncompressed P-256 public key, base64url");
        }
        ChannelEntity c = channels.find("userId = ?1 and kind = ?2 and target = ?3", userId, ChannelKind.PUSH, request.endpoint())
                .firstResultOptional().orElseGet(() -> newChannel(userId, ChannelKind.PUSH));
        c.target = request.endpoint();
        c.pushP256dh = request.keys().p256dh();
        c.pushAuth = request.keys().auth();
        c.enabled = true;
        c.disabledReason = null;
        if (!channels.isPersistent(c)) {
            channels.persist(c);
        }
        return PushSubscriptionView.of(c);
    }

    @Transactional
    public List<PushSubscriptionView> pushSubscriptions(String userId) {
        return channels.ofUser(userId, ChannelKind.PUSH).stream().map(PushSubscriptionView::of).toList();
    }

    /** Removes the caller's channel; another user's is as unknown as a missing one (404). */
    @Transactional
    public void delete(String userId, ChannelKind kind, UUID id) {
        remove(channels.owned(userId, kind, id).orElseThrow(() -> ProblemException.notFound("No such " + kind.name().toLowerCase() + " channel.")));
    }

    public String vapidPublicKey() {
        return vapid.publicKey();
    }

    private void remove(ChannelEntity c) {
        deliveries.closePending(c.id, DeliveryStatus.DISABLED, "channel removed");
        channels.delete(c);
    }

    private void checkTarget(String field, String url) {
        String refusal = guard.refusal(url);
        if (refusal != null) {
            throw ProblemException.badRequest(field, refusal);
        }
    }

    private ChannelEntity newChannel(String userId, ChannelKind kind) {
        ChannelEntity c = new ChannelEntity();
        c.id = UUID.randomUUID();
        c.userId = userId;
        c.kind = kind;
        c.enabled = true;
        c.createdAt = clock.instant();
        return c;
    }

    private static String strictAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address.trim()) || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a bare address");
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw ProblemException.badRequest("address", "must be a plain e-mail address like alex@example.org");
        }
    }

    private static byte[] base64Url(String field, String value) {
        try {
            return Base64.getUrlDecoder().decode(value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "must be base64url");
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
