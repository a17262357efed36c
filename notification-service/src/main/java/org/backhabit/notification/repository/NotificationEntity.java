package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.backhabit.notification.model.NotificationKind;

import java.time.Instant;
import java.util.UUID;

/** One prompt or one reminder occurrence, whatever the number of channels it goes to. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    /** The prompt id, or the reminder's user and local date: the same occurrence is stored once. */
    @Column(name = "occurrence_key")
    public String occurrenceKey;
    public String severity;
    public String subject;
    public String message;
    /** JSON: the webhook body's {@code data}. */
    public String data;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean urgent() {
        return "URGENT".equals(severity);
    }
}
