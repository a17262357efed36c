package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** Applies events to one projection generation and brings its week rollups up to date; shared by the live consumer and the rebuild. */
@ApplicationScoped
public class EventProjector {

    @Inject
    ProjectionRepository projections;
    @Inject
    WeekRollups rollups;

    /** @return the users whose history changed (events this generation had applied before change nothing) */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> apply(int generation, List<SessionEvent> events) {
        Set<String> changed = new LinkedHashSet<>();
        // Sorted, so concurrent writers (consumer, rebuild, goal and pause changes) take the users' rollup locks in one order.
        SortedMap<String, Set<LocalDate>> sessionDays = new TreeMap<>();
        Set<UUID> fresh = projections.markProcessed(generation, events);
        for (SessionEvent event : events) {
            // remove: an event that appears twice in one batch is applied once
            if (!fresh.remove(event.eventId())) {
                continue;
            }
            changed.add(event.userId());
            Set<LocalDate> days = sessionDays.computeIfAbsent(event.userId(), user -> new HashSet<>());
            if (event instanceof SessionEvent.Recorded recorded) {
                days.addAll(projections.upsertSession(generation, recorded.data()));
            } else if (event instanceof SessionEvent.Deleted deleted) {
                days.addAll(projections.tombstoneSession(generation, deleted.data().sessionId(), deleted.userId()));
            } else if (event instanceof SessionEvent.CheckedIn checkedIn) {
                projections.insertCheckIn(generation, checkedIn.data());
            }
        }
        sessionDays.values().removeIf(Set::isEmpty);
        if (!sessionDays.isEmpty()) {
            rollups.sessionsChanged(generation, sessionDays);
        }
        return changed;
    }
}
