package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.backhabit.notification.model.ChannelKind;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "channel")
public class ChannelEntity {

    @Id
    public UUID id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Enumerated(EnumType.STRING)
    public ChannelKind kind;
    /** The e-mail address, the webhook URL or the push endpoint. */
    public String target;
    public String secret;
    @Column(name = "push_p256dh")
    public String pushP256dh;
    @Column(name = "push_auth")
    public String pushAuth;
    @Column(name = "unsubscribe_token")
    public String unsubscribeToken;
    public boolean enabled;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "created_at")
    public Instant createdAt;

    public void disable(String reason) {
        enabled = false;
        disabledReason = reason;
    }
}
