package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The local day of one session, as the session events tell it (highest revision wins; a deletion is final). */
@Entity
@Table(name = "session_day")
public class SessionDayEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "local_date")
    public LocalDate localDate;
    public int revision;
    public boolean deleted;
}
