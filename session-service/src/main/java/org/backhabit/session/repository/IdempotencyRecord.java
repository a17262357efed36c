package org.backhabit.session.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The first response to an Idempotency-Key, kept 24 hours; {@code status == null} while in flight. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;
    public String operation;
    @Column(name = "request_hash")
    public String requestHash;
    public Integer status;
    @Column(name = "response_body")
    public String responseBody;
    public String location;
    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "user_id") String userId, @Column(name = "key") String key) implements Serializable {
    }
}
