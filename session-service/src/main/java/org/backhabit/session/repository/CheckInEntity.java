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
@Table(name = "check_in")
public class CheckInEntity {

    @Id
    public UUID id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    public Instant at;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "local_date")
    public LocalDate localDate;
    @Column(name = "pain_level")
    public int painLevel;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String areas;
    @Column(name = "red_flags", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String redFlags;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
