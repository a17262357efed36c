package org.backhabit.notification.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backhabit.events.EventJson;
import org.backhabit.notification.model.NotificationKind;
import org.backhabit.notification.repository.NotificationEntity;

import java.io.IOException;

/** The JSON bodies a notification travels in: the webhook body of the contract, and the push payload. */
final class MessageBodies {

    private MessageBodies() {
    }

    /** {@code { type: prompt.raised | reminder.due, timestamp, data }} */
    static String webhook(NotificationEntity n) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("type", n.kind == NotificationKind.PROMPT ? "prompt.raised" : "reminder.due");
        body.put("timestamp", n.createdAt.toString());
        return withData(body, n);
    }

    /** What a service worker shows: title, body, severity, and the same data as the webhook. */
    static String push(NotificationEntity n) {
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("kind", n.kind.name());
        payload.put("title", n.subject);
        payload.put("body", n.message);
        payload.put("severity", n.severity);
        return withData(payload, n);
    }

    private static String withData(ObjectNode node, NotificationEntity n) {
        try {
            node.set("data", EventJson.mapper().readTree(n.data));
        } catch (IOException e) {
            throw new IllegalStateException("stored notification data is not JSON", e);
        }
        return EventJson.write(node);
    }
}
