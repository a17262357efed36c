package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.backhabit.events.CheckInData;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
        Set<UUID> fresh = projections.markProcessed(generation, events);
        // Of several revisions of one session in the batch only the highest can win, so only it is written.
        Map<UUID, SessionData> recorded = new LinkedHashMap<>();
        List<SessionDeletedData> deleted = new ArrayList<>();
        List<CheckInData> checkIns = new ArrayList<>();
        for (SessionEvent event : events) {
            // remove: an event that appears twice in one batch is applied once; an erasure is the live consumer's to act on
            if (!fresh.remove(event.eventId()) || event instanceof SessionEvent.Erased) {
                continue;
            }
            changed.add(event.userId());
            if (event instanceof SessionEvent.Recorded r) {
                recorded.merge(r.data().sessionId(), r.data(), (a, b) -> a.revision() >= b.revision() ? a : b);
            } else if (event instanceof SessionEvent.Deleted d) {
                deleted.add(d.data());
            } else if (event instanceof SessionEvent.CheckedIn c) {
                checkIns.add(c.data());
            }
        }
        // Each write keeps the highest revision and lets a deletion win, so their order does not matter.
        List<ProjectionRepository.UserDay> days = new ArrayList<>(projections.upsertSessions(generation, recorded.values()));
        days.addAll(projections.tombstoneSessions(generation, deleted));
        projections.insertCheckIns(generation, checkIns);
        // Sorted, so concurrent writers (consumer, rebuild, goal and pause changes) take the users' rollup locks in one order.
        SortedMap<String, Set<LocalDate>> sessionDays = new TreeMap<>();
        days.forEach(day -> sessionDays.computeIfAbsent(day.userId(), user -> new HashSet<>()).add(day.localDate()));
        if (!sessionDays.isEmpty()) {
            rollups.sessionsChanged(generation, sessionDays);
        }
        return changed;
    }
}
