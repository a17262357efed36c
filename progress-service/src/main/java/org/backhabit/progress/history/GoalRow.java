package org.backhabit.progress.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "goal")
public class GoalRow {

    @Id
    @Column(name = "user_id")
    public String userId;
    @Column(name = "sessions_per_week")
    public int sessionsPerWeek;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "week_starts_on")
    public String weekStartsOn;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
