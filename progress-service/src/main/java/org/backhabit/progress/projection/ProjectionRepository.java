package org.backhabit.progress.projection;

import static org.backhabit.progress.history.PgArrays.column;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.events.CheckInData;
import org.backhabit.events.SessionData;
import org.backhabit.events.SessionDeletedData;
import org.backhabit.progress.history.PgArrays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
                .setParameter(2, column(events, SessionEvent::eventId))
                .setParameter(3, column(events, SessionEvent::type))
                .getResultList();
        Set<UUID> ids = new HashSet<>();
        fresh.forEach(id -> ids.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        return ids;
    }

    /** A user's local day whose sessions changed. */
    public record UserDay(String userId, LocalDate localDate) {
    }

    /**
     * Writes the sessions in one statement, each keeping the highest revision and never overwriting
     * a tombstone. No session twice.
     *
     * @return the local days whose sessions changed: each written session's and, for a correction,
     *         the one it had before; none for a session whose stored revision wins
     */
    public List<UserDay> upsertSessions(int generation, Collection<SessionData> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        WITH input AS (
                            SELECT * FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS text[]), CAST(?4 AS int[]), CAST(?5 AS text[]),
                                                 CAST(?6 AS text[]), CAST(?7 AS text[]), CAST(?8 AS timestamptz[]), CAST(?9 AS text[]),
                                                 CAST(?10 AS date[]), CAST(?11 AS int[]), CAST(?12 AS int[]), CAST(?13 AS int[]),
                                                 CAST(?14 AS int[]))
                                AS i(session_id, user_id, revision, routine_slug, kind, exercise_slugs, completed_at, time_zone,
                                     local_date, duration_minutes, pain_before, pain_after, effort)),
                        old AS (SELECT f.session_id, f.local_date FROM session_fact f JOIN input USING (session_id) WHERE f.generation = ?1)
                        INSERT INTO session_fact (generation, session_id, user_id, revision, deleted, routine_slug, kind, exercise_slugs,
                                                  completed_at, time_zone, local_date, duration_minutes, pain_before, pain_after, effort, updated_at)
                        SELECT ?1, session_id, user_id, revision, false, routine_slug, kind, exercise_slugs, completed_at, time_zone,
                               local_date, duration_minutes, pain_before, pain_after, effort, now() FROM input
                        ON CONFLICT (generation, session_id) DO UPDATE SET
                            revision = EXCLUDED.revision, routine_slug = EXCLUDED.routine_slug, kind = EXCLUDED.kind,
                            exercise_slugs = EXCLUDED.exercise_slugs, completed_at = EXCLUDED.completed_at,
                            time_zone = EXCLUDED.time_zone, local_date = EXCLUDED.local_date,
                            duration_minutes = EXCLUDED.duration_minutes, pain_before = EXCLUDED.pain_before,
                            pain_after = EXCLUDED.pain_after, effort = EXCLUDED.effort, updated_at = now()
                        WHERE NOT session_fact.deleted AND session_fact.revision < EXCLUDED.revision
                        RETURNING user_id, local_date, (SELECT local_date FROM old WHERE old.session_id = session_fact.session_id)""")
                .setParameter(1, generation)
                .setParameter(2, column(sessions, SessionData::sessionId))
                .setParameter(3, column(sessions, SessionData::userId))
                .setParameter(4, column(sessions, SessionData::revision))
                .setParameter(5, column(sessions, SessionData::routineSlug))
                .setParameter(6, column(sessions, SessionData::kind))
                .setParameter(7, column(sessions, s -> s.exerciseSlugs() == null ? "" : String.join(",", s.exerciseSlugs())))
                .setParameter(8, column(sessions, s -> s.completedAt().toInstant()))
                .setParameter(9, column(sessions, SessionData::timeZone))
                .setParameter(10, column(sessions, SessionData::localDate))
                .setParameter(11, column(sessions, SessionData::durationMinutes))
                .setParameter(12, column(sessions, SessionData::painBefore))
                .setParameter(13, column(sessions, SessionData::painAfter))
                .setParameter(14, column(sessions, SessionData::effort))
                .getResultList();
        List<UserDay> days = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            days.add(new UserDay((String) r[0], date(r[1])));
            if (r[2] != null) {
                days.add(new UserDay((String) r[0], date(r[2])));
            }
        }
        return days;
    }

    /**
     * Deletions win over everything, whenever they arrive. A tombstone keeps nothing of the session
     * but its id and owner, so it is the same whatever arrived before it (and holds no health data).
     *
     * @return the local days of the sessions they removed that were live
     */
    public List<UserDay> tombstoneSessions(int generation, List<SessionDeletedData> deletions) {
        if (deletions.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        WITH input AS (SELECT DISTINCT ON (session_id) * FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS text[])) AS i(session_id, user_id)),
                        old AS (SELECT f.session_id, f.local_date FROM session_fact f JOIN input USING (session_id)
                                WHERE f.generation = ?1 AND NOT f.deleted)
                        INSERT INTO session_fact (generation, session_id, user_id, revision, deleted, updated_at)
                        SELECT ?1, session_id, user_id, 2147483647, true, now() FROM input
                        ON CONFLICT (generation, session_id) DO UPDATE SET deleted = true, revision = EXCLUDED.revision,
                            routine_slug = NULL, kind = NULL, exercise_slugs = NULL, completed_at = NULL, time_zone = NULL,
                            local_date = NULL, duration_minutes = NULL, pain_before = NULL, pain_after = NULL, effort = NULL,
                            updated_at = now()
                        RETURNING user_id, (SELECT local_date FROM old WHERE old.session_id = session_fact.session_id)""")
                .setParameter(1, generation)
                .setParameter(2, column(deletions, SessionDeletedData::sessionId))
                .setParameter(3, column(deletions, SessionDeletedData::userId))
                .getResultList();
        List<UserDay> days = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                days.add(new UserDay((String) r[0], date(r[1])));
            }
        }
        return days;
    }

    /** Stores the check-ins in one statement; one stored before stays as it is. */
    public void insertCheckIns(int generation, List<CheckInData> checkIns) {
        if (checkIns.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO check_in_reading (generation, check_in_id, user_id, at, time_zone, local_date, pain_level, red_flags)
                        SELECT ?1, i.* FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS text[]), CAST(?4 AS timestamptz[]), CAST(?5 AS text[]),
                                                   CAST(?6 AS date[]), CAST(?7 AS int[]), CAST(?8 AS text[])) AS i
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, generation)
                .setParameter(2, column(checkIns, CheckInData::checkInId))
                .setParameter(3, column(checkIns, CheckInData::userId))
                .setParameter(4, column(checkIns, c -> c.at().toInstant()))
                .setParameter(5, column(checkIns, CheckInData::timeZone))
                .setParameter(6, column(checkIns, CheckInData::localDate))
                .setParameter(7, column(checkIns, CheckInData::painLevel))
                .setParameter(8, column(checkIns, c -> c.redFlags() == null ? "" : String.join(",", c.redFlags())))
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
