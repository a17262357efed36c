package org.backhabit.notification.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.PauseData;
import org.backhabit.events.PauseDeletedData;
import org.backhabit.events.PromptData;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.events.UserErasedData;
import org.backhabit.notification.erasure.EventKeys;
import org.backhabit.notification.erasure.UserErasure;
import org.backhabit.notification.repository.ActivityRepository;
import org.backhabit.notification.repository.PauseEntity;
import org.backhabit.notification.repository.SessionDayEntity;
import org.backhabit.notification.service.DeliveryPlanner;
import org.backhabit.problem.DatabaseOutage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * Reads prompts to deliver ({@code progress-prompts}), sessions ({@code session-events}: a day
 * with a session needs no reminder) and pauses ({@code progress-pauses}), and acts on
 * {@code user.erased.v1}. Sealed data is opened with its owner's key; a record whose key was
 * shredded belongs to an erased person and is dropped. The event id is recorded in the same
 * transaction as its effect, so a redelivery changes nothing; an unreadable event goes to the
 * dead-letter topic. While the database cannot be reached the record is retried in place, so an
 * outage neither loses it nor stops the channel.
 */
@ApplicationScoped
public class InputEventConsumer {

    private static final Logger LOG = Logger.getLogger(InputEventConsumer.class);

    @Inject
    ActivityRepository activity;
    @Inject
    DeliveryPlanner planner;
    @Inject
    EventKeys keys;
    @Inject
    UserErasure erasure;
    @Inject
    Clock clock;

    @Incoming("notification-inputs")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        DatabaseOutage.retryWhileUnreachable(() -> QuarkusTransaction.requiringNew().run(() -> apply(record)),
                outage -> LOG.warnf("database unreachable, %s-%d@%d waits: %s", record.topic(), record.partition(), record.offset(), outage.getMessage()));
    }

    private void apply(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        String id = CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID);
        if (type == null || id == null || record.value() == null) {
            throw new MalformedEventException("record without ce_type, ce_id or value on " + record.topic());
        }
        if (!relevant(type) || !activity.firstTime(type + "/" + id, clock.instant())) {
            return;
        }
        Optional<String> opened = keys.open(record);
        if (opened.isEmpty()) {
            return;
        }
        String json = opened.get();
        switch (type) {
            case EventTypes.PROMPT_RAISED -> planner.planPrompt(EventJson.read(json, PromptData.class), json);
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED -> session(EventJson.read(json, SessionData.class));
            case EventTypes.SESSION_DELETED -> sessionDeleted(EventJson.read(json, SessionDeletedData.class));
            case EventTypes.PAUSE_RECORDED -> pause(EventJson.read(json, PauseData.class));
            case EventTypes.PAUSE_DELETED -> pauseDeleted(EventJson.read(json, PauseDeletedData.class));
            case EventTypes.USER_ERASED -> erasure.apply(EventJson.read(json, UserErasedData.class));
            default -> throw new IllegalStateException("unhandled relevant type " + type);
        }
    }

    private static boolean relevant(String type) {
        return switch (type) {
            case EventTypes.PROMPT_RAISED, EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED, EventTypes.SESSION_DELETED,
                 EventTypes.PAUSE_RECORDED, EventTypes.PAUSE_DELETED, EventTypes.USER_ERASED -> true;
            default -> false;
        };
    }

    /** Highest revision wins, and a deletion is final, in whatever order the events arrive. */
    private void session(SessionData s) {
        SessionDayEntity day = activity.sessionDay(s.sessionId());
        if (day == null) {
            day = new SessionDayEntity();
            day.sessionId = s.sessionId();
            day.userId = s.userId();
            day.localDate = s.localDate();
            day.revision = s.revision();
            activity.persist(day);
        } else if (!day.deleted && s.revision() > day.revision) {
            day.localDate = s.localDate();
            day.revision = s.revision();
        }
    }

    private void sessionDeleted(SessionDeletedData d) {
        SessionDayEntity day = activity.sessionDay(d.sessionId());
        if (day == null) {
            day = new SessionDayEntity();
            day.sessionId = d.sessionId();
            day.userId = d.userId();
            day.localDate = java.time.LocalDate.EPOCH;
            activity.persist(day);
        }
        day.deleted = true;
    }

    private void pause(PauseData p) {
        if (activity.pause(p.pauseId()) == null) {
            PauseEntity pause = new PauseEntity();
            pause.id = p.pauseId();
            pause.userId = p.userId();
            pause.fromDate = p.from();
            pause.toDate = p.to();
            activity.persist(pause);
        }
    }

    private void pauseDeleted(PauseDeletedData d) {
        PauseEntity pause = activity.pause(d.pauseId());
        if (pause == null) {
            pause = new PauseEntity();
            pause.id = d.pauseId();
            pause.userId = d.userId();
            pause.fromDate = java.time.LocalDate.EPOCH;
            pause.toDate = java.time.LocalDate.EPOCH;
            activity.persist(pause);
        }
        pause.deleted = true;
    }
}
