package org.backhabit.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.notification.model.DeliveryView;
import org.backhabit.notification.model.EmailView;
import org.backhabit.notification.model.NotificationExport;
import org.backhabit.notification.model.Preferences;
import org.backhabit.notification.model.ReminderView;
import org.backhabit.notification.repository.DeliveryRepository;
import org.backhabit.problem.CsvTable;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/** The person's part of the complete export: what they set up here and what was sent to them, as JSON or one CSV table. */
@ApplicationScoped
public class ExportService {

    /** The union of the record kinds' fields; a field several kinds have (id, enabled, timeZone ...) is one column. */
    static final List<String> CSV_COLUMNS = List.of("id", "address", "url", "endpoint", "enabled", "disabledReason", "quietFrom", "quietTo",
            "optOut", "days", "localTime", "timeZone", "nextLocalDate", "nextAt", "channel", "kind", "subject", "status", "attempts",
            "lastError", "createdAt", "sentAt", "nextAttemptAt");

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

    /** The same as one {@link CsvTable}: a row per e-mail address, webhook, push subscription, preferences, reminder and delivery. */
    public String csv(NotificationExport export) {
        CsvTable table = new CsvTable(CSV_COLUMNS);
        EmailView email = export.email();
        if (email != null) {
            table.row("EMAIL").put("address", email.address()).put("enabled", email.enabled()).put("disabledReason", email.disabledReason());
        }
        export.webhooks().forEach(w -> table.row("WEBHOOK").put("id", w.id()).put("url", w.url()).put("enabled", w.enabled())
                .put("disabledReason", w.disabledReason()).put("createdAt", w.createdAt()));
        export.pushSubscriptions().forEach(p -> table.row("PUSH_SUBSCRIPTION").put("id", p.id()).put("endpoint", p.endpoint())
                .put("enabled", p.enabled()).put("disabledReason", p.disabledReason()));
        Preferences preferences = export.preferences();
        Preferences.QuietHoursView quiet = preferences.quietHours();
        table.row("PREFERENCES").put("quietFrom", quiet == null ? null : quiet.from()).put("quietTo", quiet == null ? null : quiet.to())
                .put("optOut", preferences.optOut() == null ? null : new TreeSet<>(preferences.optOut())).put("timeZone", preferences.timeZone());
        ReminderView reminder = export.reminder();
        if (reminder != null) {
            table.row("REMINDER").put("days", reminder.days()).put("localTime", reminder.localTime()).put("timeZone", reminder.timeZone())
                    .put("nextLocalDate", reminder.nextLocalDate()).put("nextAt", reminder.nextAt());
        }
        export.deliveries().forEach(d -> table.row("DELIVERY").put("id", d.id()).put("channel", d.channel()).put("kind", d.kind())
                .put("subject", d.subject()).put("status", d.status()).put("attempts", d.attempts()).put("lastError", d.lastError())
                .put("createdAt", d.createdAt()).put("sentAt", d.sentAt()).put("nextAttemptAt", d.nextAttemptAt()));
        return table.write();
    }
}
