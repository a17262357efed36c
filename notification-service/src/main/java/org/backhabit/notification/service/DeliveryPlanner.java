package org.backhabit.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.backhabit.events.EventJson;
import org.backhabit.events.PromptData;
import org.backhabit.notification.model.DeliveryStatus;
import org.backhabit.notification.model.NotificationKind;
import org.backhabit.notification.repository.ChannelEntity;
import org.backhabit.notification.repository.ChannelRepository;
import org.backhabit.notification.repository.DeliveryEntity;
import org.backhabit.notification.repository.DeliveryRepository;
import org.backhabit.notification.repository.NotificationEntity;
import org.backhabit.notification.repository.NotificationRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a prompt or a reminder occurrence into one notification and one pending delivery per
 * enabled channel, in the caller's transaction. The same occurrence twice stores nothing new.
 */
@ApplicationScoped
public class DeliveryPlanner {

    @Inject
    NotificationRepository notifications;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    ChannelRepository channels;
    @Inject
    PreferenceService preferences;
    @Inject
    Event<DeliveriesPlanned> planned;
    @Inject
    Clock clock;

    public void planPrompt(PromptData prompt, String json) {
        if (preferences.optedOut(prompt.userId(), prompt.type())) {
            return;
        }
        plan(notification(prompt.userId(), NotificationKind.PROMPT, "prompt:" + prompt.promptId(), prompt.severity(),
                prompt.title(), prompt.message(), json));
    }

    public void planReminder(String userId, LocalDate localDate, LocalTime localTime) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", userId);
        data.put("localDate", localDate.toString());
        data.put("localTime", localTime.toString());
        plan(notification(userId, NotificationKind.REMINDER, "reminder:" + userId + ":" + localDate, "NUDGE",
                "Time for your routine", "It is " + localTime + ": a short routine now keeps your upper back moving.",
                EventJson.write(data)));
    }

    private void plan(NotificationEntity n) {
        List<ChannelEntity> targets = channels.enabledOf(n.userId);
        if (targets.isEmpty() || !notifications.insertIfNew(n)) {
            return;
        }
        NotificationEntity stored = notifications.getEntityManager().getReference(NotificationEntity.class, n.id);
        for (ChannelEntity channel : targets) {
            DeliveryEntity d = new DeliveryEntity();
            d.id = UUID.randomUUID();
            d.notification = stored;
            d.channel = channel;
            d.channelKind = channel.kind;
            d.userId = n.userId;
            d.status = DeliveryStatus.PENDING;
            d.nextAttemptAt = n.createdAt;
            d.createdAt = n.createdAt;
            deliveries.persist(d);
        }
        planned.fire(new DeliveriesPlanned(targets.size()));
    }

    private NotificationEntity notification(String userId, NotificationKind kind, String key, String severity,
                                            String subject, String message, String data) {
        NotificationEntity n = new NotificationEntity();
        n.id = UUID.randomUUID();
        n.userId = userId;
        n.kind = kind;
        n.occurrenceKey = key;
        n.severity = severity;
        n.subject = subject;
        n.message = message;
        n.data = data;
        n.createdAt = Instant.now(clock);
        return n;
    }
}
