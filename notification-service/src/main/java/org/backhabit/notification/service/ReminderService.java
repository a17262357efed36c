package org.backhabit.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.notification.config.NotificationConfig;
import org.backhabit.notification.domain.ReminderSchedule;
import org.backhabit.notification.model.ReminderRequest;
import org.backhabit.notification.model.ReminderView;
import org.backhabit.notification.repository.ActivityRepository;
import org.backhabit.notification.repository.ReminderEntity;
import org.backhabit.notification.repository.ReminderRepository;
import org.backhabit.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One weekly reminder per person. When it is due it becomes a notification, unless the person
 * already exercised that local day or is paused then; either way the next occurrence is scheduled.
 */
@ApplicationScoped
public class ReminderService {

    @Inject
    ReminderRepository reminders;
    @Inject
    ActivityRepository activity;
    @Inject
    DeliveryPlanner planner;
    @Inject
    NotificationConfig config;
    @Inject
    Clock clock;

    @Transactional
    public ReminderView put(String userId, ReminderRequest request) {
        ReminderSchedule schedule = new ReminderSchedule(request.days(), Zones.time(request.localTime()),
                Zones.zone("timeZone", request.timeZone()));
        ReminderEntity r = reminders.findById(userId);
        if (r == null) {
            r = new ReminderEntity();
            r.userId = userId;
            r.schedule(schedule);
            r.next(schedule.nextAfter(clock.instant()));
            reminders.persist(r);
        } else {
            r.schedule(schedule);
            r.next(schedule.nextAfter(clock.instant()));
        }
        return view(r);
    }

    @Transactional
    public ReminderView get(String userId) {
        ReminderEntity r = reminders.findById(userId);
        if (r == null) {
            throw ProblemException.notFound("No reminder set.");
        }
        return view(r);
    }

    @Transactional
    public void delete(String userId) {
        if (!reminders.deleteById(userId)) {
            throw ProblemException.notFound("No reminder set.");
        }
    }

    /** Fires every due reminder; rows another instance is firing are skipped. @return how many were due */
    public int fireDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<ReminderEntity> due = reminders.lockDue(now, config.dispatch().batchSize());
            due.forEach(r -> fire(r, now));
            return due.size();
        });
    }

    private void fire(ReminderEntity r, Instant now) {
        boolean fresh = Duration.between(r.nextDueAt, now).compareTo(config.dispatch().reminderGrace()) <= 0;
        if (fresh && !activity.exercisedOn(r.userId, r.nextLocalDate) && !activity.pausedOn(r.userId, r.nextLocalDate)) {
            planner.planReminder(r.userId, r.nextLocalDate, r.localTime);
        }
        r.next(r.schedule().nextAfter(now));
    }

    private static ReminderView view(ReminderEntity r) {
        ReminderSchedule s = r.schedule();
        return new ReminderView(s.days().stream().sorted().toList(), r.localTime.toString(), r.timeZone,
                r.nextLocalDate, r.nextDueAt.atZone(s.zone()).toOffsetDateTime());
    }
}
