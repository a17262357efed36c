package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A pause as progress-service announced it; a deleted one stays as a tombstone so a late recording changes nothing. */
@Entity
@Table(name = "pause")
public class PauseEntity {

    @Id
    public UUID id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    public boolean deleted;
}
