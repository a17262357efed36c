package org.backhabit.progress.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "pause")
public class PauseRow {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
}
