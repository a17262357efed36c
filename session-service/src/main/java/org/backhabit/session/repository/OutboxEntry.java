package org.backhabit.session.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting to be published; {@code subject} (the user id) becomes the Kafka key. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    public String type;
    public String subject;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String payload;
    /** application/json, or the sealed envelope's type when the payload is sealed with the user's key. */
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
