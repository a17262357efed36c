package org.backhabit.notification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.backhabit.notification.channel.ChannelSender;
import org.backhabit.notification.channel.SendResult;
import org.backhabit.notification.config.NotificationConfig;
import org.backhabit.notification.domain.QuietHours;
import org.backhabit.notification.domain.RetryPolicy;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.model.DeliveryStatus;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.ChannelRepository;
import org.backhabit.notification.repository.DeliveryEntity;
import org.backhabit.notification.repository.DeliveryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends due deliveries, one per transaction: the row is locked {@code FOR UPDATE SKIP LOCKED}
 * while its target is called and its outcome is written in the same transaction, so a second
 * instance never sends the same row and a crash leaves it pending for the next try. A failing
 * channel is retried with exponential backoff; after it failed for 24 h it is disabled, with the
 * reason, and its waiting deliveries end. Non-urgent deliveries wait for quiet hours to end.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    @Inject
    DeliveryRepository deliveries;
    @Inject
    ChannelRepository channels;
    @Inject
    PreferenceService preferences;
    @Inject
    Instance<ChannelSender> senderBeans;
    @Inject
    NotificationConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    private final Map<ChannelKind, ChannelSender> senders = new EnumMap<>(ChannelKind.class);
    private RetryPolicy retry;
    private Counter sent;
    private Counter failed;
    private Counter retried;

    @PostConstruct
    void init() {
        senderBeans.forEach(s -> senders.put(s.kind(), s));
        NotificationConfig.Dispatch d = config.dispatch();
        retry = new RetryPolicy(d.firstBackoff(), d.maxBackoff(), d.giveUpAfter());
        sent = Counter.builder("notification.deliveries.sent").description("Deliveries a target accepted").register(registry);
        failed = Counter.builder("notification.deliveries.failed").description("Deliveries given up on (target failing 24 h, or gone)").register(registry);
        retried = Counter.builder("notification.deliveries.retried").description("Failed attempts scheduled for a retry").register(registry);
    }

    /** Works off every due delivery; @return how many were handled (sent, retried, deferred or closed). */
    public int drain() {
        int handled = 0;
        while (handled < config.dispatch().batchSize() && handleNext()) {
            handled++;
        }
        return handled;
    }

    private boolean handleNext() {
        long timeout = config.webhooks().timeout().plus(config.email().timeout()).toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout((int) timeout).call(() -> {
            Instant now = clock.instant();
            Optional<DeliveryEntity> next = deliveries.lockNextDue(now);
            next.ifPresent(d -> handle(d, now));
            return next.isPresent();
        });
    }

    private void handle(DeliveryEntity d, Instant now) {
        ChannelEntity channel = d.channel;
        if (channel == null || !channel.enabled) {
            d.status = DeliveryStatus.DISABLED;
            d.lastError = channel == null ? "channel removed" : channel.disabledReason;
            return;
        }
        if (!d.notification.urgent()) {
            Optional<QuietHours> quiet = preferences.quietHours(d.userId);
            if (quiet.isPresent() && quiet.get().isQuiet(now)) {
                d.nextAttemptAt = quiet.get().endAfter(now);
                return;
            }
        }
        SendResult result = senders.get(d.channelKind).send(d, channel);
        d.attempts++;
        switch (result.outcome()) {
            case DELIVERED -> {
                d.status = DeliveryStatus.SENT;
                d.sentAt = now;
                channel.failingSince = null;
                sent.increment();
            }
            case GONE -> {
                d.status = DeliveryStatus.DISABLED;
                d.lastError = result.error();
                d.channel = null;
                deliveries.flush();
                deliveries.closePending(channel.id, DeliveryStatus.DISABLED, result.error());
                channels.delete(channel);
                failed.increment();
            }
            case RETRY -> failedAttempt(d, channel, result.error(), now);
        }
    }

    private void failedAttempt(DeliveryEntity d, ChannelEntity channel, String error, Instant now) {
        d.lastError = error;
        if (channel.failingSince == null) {
            channel.failingSince = now;
        }
        if (retry.givesUp(channel.failingSince, now)) {
            d.status = DeliveryStatus.FAILED;
            String reason = "disabled at " + now + ": failing since " + channel.failingSince + " (last error: " + error + ")";
            channel.disable(reason);
            deliveries.flush();
            deliveries.closePending(channel.id, DeliveryStatus.DISABLED, reason);
            failed.increment();
        } else {
            d.nextAttemptAt = retry.nextAttempt(d.attempts, channel.failingSince, now);
            retried.increment();
        }
    }
}
