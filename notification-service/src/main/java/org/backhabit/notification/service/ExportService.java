package org.backhabit.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.notification.model.DeliveryView;
import org.backhabit.notification.model.NotificationExport;
import org.backhabit.notification.repository.DeliveryRepository;

import java.time.Clock;

/** The person's part of the complete export: what they set up here and what was sent to them. */
@ApplicationScoped
public class ExportService {

    @Inject
    ChannelService channels;
    @Inject
    PreferenceService preferences;
    @Inject
    ReminderService reminders;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    Clock clock;

    @Transactional
    public NotificationExport export(String userId) {
        return new NotificationExport(userId, channels.findEmail(userId).orElse(null), channels.webhooks(userId),
                channels.pushSubscriptions(userId), preferences.get(userId), reminders.find(userId).orElse(null),
                deliveries.allOf(userId).stream().map(DeliveryView::of).toList(), clock.instant());
    }
}
