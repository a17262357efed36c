package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.events.CheckInData;
import org.backhabit.events.SessionData;
import org.backhabit.progress.history.PgArrays;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The writes of the event projection, each a single idempotent statement so that duplicates and
 * out-of-order arrivals converge on the same state.
 */
@ApplicationScoped
public class ProjectionRepository {

    @Inject
    EntityManager em;

    /**
     * Marks a batch of events as applied to this generation, in one statement.
     *
     * @return the ids that were new here; the caller changes nothing for the others (applied before)
     */
    public Set<UUID> markProcessed(int generation, List<? extends SessionEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        List<?> fresh = em.createNativeQuery("""
                        INSERT INTO processed_event (generation, event_id, type)
                        SELECT ?1, e.id, e.type FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS text[])) AS e(id, type)
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .setParameter(1, generation)
                .setParameter(2, PgArrays.literal(events.stream().map(SessionEvent::eventId).toList()))
                .setParameter(3, PgArrays.literal(events.stream().map(SessionEvent::type).toList()))
                .getResultList();
        Set<UUID> ids = new HashSet<>();
        fresh.forEach(id -> ids.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        return ids;
    }

    /**
     * Keeps the highest revision; never overwrites a tombstone.
     *
     * @return the local dates whose sessions changed: the new one and, for a correction, the old one;
     *         none when the stored revision wins
     */
    public List<LocalDate> upsertSession(int generation, SessionData s) {
        List<?> changed = em.createNativeQuery("""
                        WITH old AS (SELECT local_date FROM session_fact WHERE generation = ?14 AND session_id = ?1)
                        INSERT INTO session_fact (generation, session_id, user_id, revision, deleted, routine_slug, kind, exercise_slugs,
                                                  completed_at, time_zone, local_date, duration_minutes, pain_before, pain_after, effort, updated_at)
                        VALUES (?14, ?1, ?2, ?3, false, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, now())
                        ON CONFLICT (generation, session_id) DO UPDATE SET
                            revision = EXCLUDED.revision, routine_slug = EXCLUDED.routine_slug, kind = EXCLUDED.kind,
                            exercise_slugs = EXCLUDED.exercise_slugs, completed_at = EXCLUDED.completed_at,
                            time_zone = EXCLUDED.time_zone, local_date = EXCLUDED.local_date,
                            duration_minutes = EXCLUDED.duration_minutes, pain_before = EXCLUDED.pain_before,
                            pain_after = EXCLUDED.pain_after, effort = EXCLUDED.effort, updated_at = now()
                        WHERE NOT session_fact.deleted AND session_fact.revision < EXCLUDED.revision
                        RETURNING (SELECT local_date FROM old)""")
                .setParameter(1, s.sessionId()).setParameter(2, s.userId()).setParameter(3, s.revision())
                .setParameter(4, s.routineSlug()).setParameter(5, s.kind())
                .setParameter(6, s.exerciseSlugs() == null ? "" : String.join(",", s.exerciseSlugs()))
                .setParameter(7, s.completedAt().toInstant()).setParameter(8, s.timeZone()).setParameter(9, s.localDate())
                .setParameter(10, s.durationMinutes()).setParameter(11, s.painBefore()).setParameter(12, s.painAfter())
                .setParameter(13, s.effort()).setParameter(14, generation)
                .getResultList();
        if (changed.isEmpty()) {
            return List.of();
        }
        Object old = changed.get(0);
        return old == null ? List.of(s.localDate()) : List.of(s.localDate(), date(old));
    }

    /**
     * A deletion wins over everything, whenever it arrives.
     *
     * @return the local date of the session it removed, if one was live
     */
    public List<LocalDate> tombstoneSession(int generation, UUID sessionId, String userId) {
        List<?> removed = em.createNativeQuery("""
                        WITH old AS (SELECT local_date FROM session_fact WHERE generation = ?3 AND session_id = ?1 AND NOT deleted)
                        INSERT INTO session_fact (generation, session_id, user_id, revision, deleted, updated_at)
                        VALUES (?3, ?1, ?2, 2147483647, true, now())
                        ON CONFLICT (generation, session_id) DO UPDATE SET deleted = true, updated_at = now()
                        RETURNING (SELECT local_date FROM old)""")
                .setParameter(1, sessionId).setParameter(2, userId).setParameter(3, generation)
                .getResultList();
        return removed.isEmpty() || removed.get(0) == null ? List.of() : List.of(date(removed.get(0)));
    }

    public void insertCheckIn(int generation, CheckInData c) {
        em.createNativeQuery("""
                        INSERT INTO check_in_reading (generation, check_in_id, user_id, at, time_zone, local_date, pain_level, red_flags)
                        VALUES (?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, c.checkInId()).setParameter(2, c.userId()).setParameter(3, c.at().toInstant())
                .setParameter(4, c.timeZone()).setParameter(5, c.localDate()).setParameter(6, c.painLevel())
                .setParameter(7, c.redFlags() == null ? "" : String.join(",", c.redFlags())).setParameter(8, generation)
                .executeUpdate();
    }


    /** Removes a generation's rows: leftovers of an abandoned rebuild, or the generation a rebuild replaced. */
    public void dropGeneration(int generation) {
        for (String table : new String[] {"processed_event", "session_fact", "check_in_reading", "week_rollup"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE generation = ?1").setParameter(1, generation).executeUpdate();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
