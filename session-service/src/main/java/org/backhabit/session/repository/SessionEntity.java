package org.backhabit.session.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "session")
public class SessionEntity {

    @Id
    public UUID id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    public int revision;
    @Column(name = "routine_slug")
    public String routineSlug;
    public String kind;
    /** The exercises as JSON ([{exerciseSlug, sets, reps, holdSeconds}]). */
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String exercises;
    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;
    @Column(name = "time_zone", nullable = false)
    public String timeZone;
    @Column(name = "local_date", nullable = false)
    public LocalDate localDate;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "pain_before")
    public Integer painBefore;
    @Column(name = "pain_after")
    public Integer painAfter;
    public Integer effort;
    public String notes;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
