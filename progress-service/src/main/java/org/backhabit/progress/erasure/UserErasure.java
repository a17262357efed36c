package org.backhabit.progress.erasure;

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
 * Acts on {@code user.erased.v1}: deletes every row about the user in every generation and every
 * table of this service, forgets their event keys, and confirms on {@code erasure-receipts} once
 * committed. The consumer records the event id, so a redelivered erasure cannot delete what the
 * person recorded after it. A rebuild does not replay erasures: the erased person's events cannot
 * be opened any more, so there is nothing of theirs to delete.
 */
@ApplicationScoped
public class UserErasure {

    public static final String SERVICE = "progress-service";

    /**
     * Every table holding rows about a user, by its user column. Add new ones here. The prompt
     * queue goes first: its row lock makes an evaluation of the user that is under way commit
     * before the prompts are deleted, so no prompt written by it survives.
     */
    static final List<String> USER_TABLES = List.of("prompt_refresh", "prompt_schedule", "session_fact", "check_in_reading", "week_rollup",
            "goal", "pause", "prompt", "share", "access_log", "recommendation");

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

    /**
     * @param firstTime whether this erasure event is new here; a repeated one is confirmed again but deletes nothing
     * @throws MalformedEventException when the event does not name an erasure and a user
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UserErasedData data, boolean firstTime) {
        if (data.erasureId() == null || data.userId() == null || data.userId().isBlank()) {
            throw new MalformedEventException(EventTypes.USER_ERASED + " is missing required fields");
        }
        if (firstTime) {
            erase(data.userId());
        }
        done.fire(new ErasureDone(data.erasureId(), data.userId(), clock.instant()));
    }

    private void erase(String userId) {
        for (String table : USER_TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        }
        // As a clinician, too: the shares naming them end, and their reads and advice go with them.
        for (String table : List.of("share", "access_log", "recommendation")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE clinician_id = ?1").setParameter(1, userId).executeUpdate();
        }
        keys.forget(userId);
    }
}
