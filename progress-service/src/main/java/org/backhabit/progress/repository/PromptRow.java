package org.backhabit.progress.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "prompt")
public class PromptRow {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    public String type;
    @Column(name = "period_key")
    public String periodKey;
    public String severity;
    public String title;
    public String message;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "dismissed_at")
    public Instant dismissedAt;
}
