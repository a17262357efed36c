package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Applies one event to one projection generation; shared by the live consumer and the rebuild. */
@ApplicationScoped
public class EventProjector {

    @Inject
    ProjectionRepository projections;

    /** @return whether the event changed this generation (false: it had been applied before) */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean apply(int generation, SessionEvent event) {
        if (!projections.markProcessed(generation, event.eventId(), event.type())) {
            return false;
        }
        if (event instanceof SessionEvent.Recorded recorded) {
            projections.upsertSession(generation, recorded.data());
        } else if (event instanceof SessionEvent.Deleted deleted) {
            projections.tombstoneSession(generation, deleted.data().sessionId(), deleted.userId());
        } else if (event instanceof SessionEvent.CheckedIn checkedIn) {
            projections.insertCheckIn(generation, checkedIn.data());
        }
        return true;
    }
}
