package org.backhabit.progress.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session as progress knows it: the latest revision, or a tombstone after deletion. */
@Entity
@Table(name = "session_fact")
public class SessionFactRow {

    /** Read for one generation at a time, so the id alone identifies a row in a query's results. */
    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    public int generation;
    @Column(name = "user_id")
    public String userId;
    public int revision;
    public boolean deleted;
    @Column(name = "routine_slug")
    public String routineSlug;
    public String kind;
    /** Comma-separated slugs. */
    @Column(name = "exercise_slugs")
    public String exerciseSlugs;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "local_date")
    public LocalDate localDate;
    @Column(name = "duration_minutes")
    public Integer durationMinutes;
    @Column(name = "pain_before")
    public Integer painBefore;
    @Column(name = "pain_after")
    public Integer painAfter;
    public Integer effort;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
