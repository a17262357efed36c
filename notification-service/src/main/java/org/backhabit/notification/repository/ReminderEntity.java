package org.backhabit.notification.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.backhabit.notification.domain.ReminderOccurrence;
import org.backhabit.notification.domain.ReminderSchedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

@Entity
@Table(name = "reminder")
public class ReminderEntity {

    @Id
    @Column(name = "user_id")
    public String userId;
    /** Comma-separated day names, MONDAY,... */
    public String days;
    @Column(name = "local_time")
    public LocalTime localTime;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "next_local_date")
    public LocalDate nextLocalDate;
    @Column(name = "next_due_at")
    public Instant nextDueAt;

    public ReminderSchedule schedule() {
        return new ReminderSchedule(Arrays.stream(days.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                localTime, ZoneId.of(timeZone));
    }

    public void schedule(ReminderSchedule schedule) {
        days = schedule.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        localTime = schedule.localTime();
        timeZone = schedule.zone().getId();
    }

    public void next(ReminderOccurrence occurrence) {
        nextLocalDate = occurrence.localDate();
        nextDueAt = occurrence.dueAt();
    }
}
