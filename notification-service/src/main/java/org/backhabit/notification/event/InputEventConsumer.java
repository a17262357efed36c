package org.backhabit.notification.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.ErasureSplit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads prompts to deliver ({@code progress-prompts}), sessions ({@code session-events}: a day
 * with a session needs no reminder) and pauses ({@code progress-pauses}), and acts on
 * {@code user.erased.v1}, a polled batch per transaction. Sealed data is opened with its owner's
 * key; a record whose key was shredded belongs to an erased person and is dropped. An erasure
 * splits the batch ({@link ErasureSplit}): what came before it is applied, then the erasure (keys forgotten), then what
 * came after is opened and applied, so nothing sealed with a shredded key slips through a cached
 * key. Each event id is recorded in the same transaction as its effect, so a redelivery changes
 * nothing; a record that cannot be read goes to the dead-letter topic and the others go on. While
 * the database cannot be reached the batch is retried in place, so an outage neither loses it nor
 * stops the channel; any other failure stops the channel uncommitted, to be read again.
 */
@ApplicationScoped
public class InputEventConsumer {

    private static final Logger LOG = Logger.getLogger(InputEventConsumer.class);

    /** A record read and opened: the key that makes it applied once, its data as JSON and as its type (both null once shredded). */
    private record Input(String eventKey, String json, Object data) {
    }

    @Inject
    ActivityRepository activity;
    @Inject
    DeliveryPlanner planner;
    @Inject
    EventKeys keys;
    @Inject
    UserErasure erasure;
    @Inject
    DeadLetters deadLetters;
    @Inject
    Clock clock;

    @Incoming("notification-inputs")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        ErasureSplit.split(records, this::applyAll, erasure -> applyAll(List.of(erasure)));
    }

    private void applyAll(List<ConsumerRecord<String, String>> records) {
        keys.prefetch(records);
        List<Input> inputs = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                read(record).ifPresent(inputs::add);
            } catch (MalformedEventException e) {
                deadLetters.send(record, e.getMessage());
            }
        }
        if (inputs.isEmpty()) {
            return;
        }
        DatabaseOutage.retryWhileUnreachable(() -> QuarkusTransaction.requiringNew().run(() -> applyFresh(inputs)),
                outage -> LOG.warnf("database unreachable, a batch of %d records waits: %s", inputs.size(), outage.getMessage()));
    }

    /**
     * @return the record opened and read (its data null when it was sealed with a shredded key: it is
     * only recorded as applied), or empty when it is not for this service
     * @throws MalformedEventException when it cannot be read
     */
    private Optional<Input> read(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.value(record.headers(), CloudEventHeaders.TYPE);
        String id = CloudEventHeaders.value(record.headers(), CloudEventHeaders.ID);
        if (type == null || id == null || record.value() == null) {
            throw new MalformedEventException("record without ce_type, ce_id or value on " + record.topic());
        }
        Class<?> dataClass = dataClass(type);
        if (dataClass == null) {
            return Optional.empty();
        }
        String json = keys.open(record).orElse(null);
        Object data = json == null ? null : EventJson.read(json, dataClass);
        if (data instanceof UserErasedData erased) {
            UserErasure.requireComplete(erased);
        }
        return Optional.of(new Input(type + "/" + id, json, data));
    }

    /** @return the data class of each type this service acts on, null for the others */
    private static Class<?> dataClass(String type) {
        return switch (type) {
            case EventTypes.PROMPT_RAISED -> PromptData.class;
            case EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED -> SessionData.class;
            case EventTypes.SESSION_DELETED -> SessionDeletedData.class;
            case EventTypes.PAUSE_RECORDED -> PauseData.class;
            case EventTypes.PAUSE_DELETED -> PauseDeletedData.class;
            case EventTypes.USER_ERASED -> UserErasedData.class;
            default -> null;
        };
    }

    /** Applies, in order, each input whose event was not applied before; one seen twice in the batch counts once. */
    private void applyFresh(List<Input> inputs) {
        Set<String> fresh = activity.firstTimes(inputs.stream().map(Input::eventKey).toList(), clock.instant());
        inputs.stream().filter(input -> fresh.remove(input.eventKey())).forEach(this::apply);
    }

    private void apply(Input input) {
        Object data = input.data();
        if (data instanceof PromptData prompt) {
            planner.planPrompt(prompt, input.json());
        } else if (data instanceof SessionData session) {
            session(session);
        } else if (data instanceof SessionDeletedData deleted) {
            sessionDeleted(deleted);
        } else if (data instanceof PauseData pause) {
            pause(pause);
        } else if (data instanceof PauseDeletedData deleted) {
            pauseDeleted(deleted);
        } else if (data instanceof UserErasedData erased) {
            erasure.apply(erased);
        }
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
