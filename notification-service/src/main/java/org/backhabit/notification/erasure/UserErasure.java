package org.backhabit.notification.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.events.EventTypes;
import org.backhabit.events.MalformedEventException;
import org.backhabit.events.UserErasedData;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Acts on {@code user.erased.v1}: deletes every row about the person (channels, preferences,
 * reminder, the days they exercised, pauses, notifications and deliveries) and confirms on
 * {@code erasure-receipts} once committed. The caller records the event id in the same
 * transaction, so a redelivered erasure cannot delete what the person set up after it.
 */
@ApplicationScoped
public class UserErasure {

    public static final String SERVICE = "notification-service";

    /**
     * Every table holding rows about a person, by its user column; add new ones here. Deliveries
     * go first: they refer to notifications and channels, and their row lock makes a send under
     * way finish before the rows go.
     */
    static final List<String> USER_TABLES = List.of("delivery", "notification", "channel", "preference", "reminder", "session_day", "pause");

    @Inject
    EntityManager em;
    @Inject
    EventKeys keys;
    @Inject
    Event<ErasureDone> done;
    @Inject
    Clock clock;

    /** What was erased, announced after the commit. */
    public record ErasureDone(UUID erasureId, String userId, Instant at) {
    }

    /** @throws MalformedEventException when the event does not name an erasure and a user */
    public static void requireComplete(UserErasedData data) {
        if (data.erasureId() == null || data.userId() == null || data.userId().isBlank()) {
            throw new MalformedEventException(EventTypes.USER_ERASED + " is missing required fields");
        }
    }

    /** @throws MalformedEventException when the event does not name an erasure and a user */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UserErasedData data) {
        requireComplete(data);
        for (String table : USER_TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1").setParameter(1, data.userId()).executeUpdate();
        }
        keys.forgetAll();
        done.fire(new ErasureDone(data.erasureId(), data.userId(), clock.instant()));
    }
}
