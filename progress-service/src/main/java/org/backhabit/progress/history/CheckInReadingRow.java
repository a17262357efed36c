package org.backhabit.progress.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "check_in_reading")
public class CheckInReadingRow {

    /** Read for one generation at a time, so the id alone identifies a row in a query's results. */
    @Id
    @Column(name = "check_in_id")
    public UUID checkInId;
    public int generation;
    @Column(name = "user_id")
    public String userId;
    public Instant at;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "local_date")
    public LocalDate localDate;
    @Column(name = "pain_level")
    public int painLevel;
    /** Comma-separated red-flag codes, empty when none. */
    @Column(name = "red_flags")
    public String redFlags;
}
