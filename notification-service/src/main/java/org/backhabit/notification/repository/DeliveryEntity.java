package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.backhabit.notification.model.ChannelKind;
import org.backhabit.notification.model.DeliveryStatus;

import java.time.Instant;
import java.util.UUID;

/** One notification to one channel. Its id is the webhook-id, the same on every retry. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id")
    public NotificationEntity notification;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    public ChannelEntity channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind")
    public ChannelKind channelKind;
    @Column(name = "user_id")
    public String userId;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
