package org.backhabit.progress.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.domain.ProgressState;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads everything stored for one user; facts are read from the projection generation the caller names. Facts are loaded read-only: a dashboard never changes them, so Hibernate need not track them. */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    EntityManager em;

    public List<SessionFactRow> liveSessions(String userId, int generation) {
        return em.createQuery("from SessionFactRow where generation = ?2 and userId = ?1 and deleted = false order by completedAt", SessionFactRow.class)
                .setParameter(1, userId).setParameter(2, generation)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The user's live sessions from {@code since} on, as plain tuples (no entity tracking); the index on local_date bounds the read. */
    public List<FactTuples.Session> liveSessionTuples(String userId, int generation, LocalDate since) {
        return em.createQuery("""
                        select new org.backhabit.progress.history.FactTuples$Session(
                            f.sessionId, f.localDate, f.completedAt, f.kind, f.durationMinutes, f.painBefore, f.painAfter)
                        from SessionFactRow f where f.generation = ?2 and f.userId = ?1 and f.deleted = false and f.localDate >= ?3
                        order by f.completedAt""", FactTuples.Session.class)
                .setParameter(1, userId).setParameter(2, generation).setParameter(3, since).getResultList();
    }

    public List<FactTuples.CheckIn> checkInTuples(String userId, int generation, LocalDate since) {
        return em.createQuery("""
                        select new org.backhabit.progress.history.FactTuples$CheckIn(c.checkInId, c.at, c.localDate, c.painLevel, c.redFlags)
                        from CheckInReadingRow c where c.generation = ?2 and c.userId = ?1 and c.localDate >= ?3 order by c.at""",
                        FactTuples.CheckIn.class)
                .setParameter(1, userId).setParameter(2, generation).setParameter(3, since).getResultList();
    }

    /** The latest session by local date (then by time), read from the end of the index. */
    public Optional<ProgressState.LastSession> lastSession(String userId, int generation) {
        return em.createQuery("""
                        select new org.backhabit.progress.domain.ProgressState$LastSession(f.completedAt, f.localDate)
                        from SessionFactRow f where f.generation = ?2 and f.userId = ?1 and f.deleted = false
                        order by f.localDate desc, f.completedAt desc""", ProgressState.LastSession.class)
                .setParameter(1, userId).setParameter(2, generation).setMaxResults(1).getResultStream().findFirst();
    }

    public List<CheckInReadingRow> checkIns(String userId, int generation) {
        return em.createQuery("from CheckInReadingRow where generation = ?2 and userId = ?1 order by at", CheckInReadingRow.class)
                .setParameter(1, userId).setParameter(2, generation)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    public List<PauseRow> pauses(String userId) {
        return em.createQuery("from PauseRow where userId = ?1 order by fromDate", PauseRow.class)
                .setParameter(1, userId).getResultList();
    }

    /** The pauses of each of {@code userIds}, earliest first, in one query. */
    public List<PauseRow> pauses(Collection<String> userIds) {
        return em.createQuery("from PauseRow where userId in ?1 order by userId, fromDate", PauseRow.class)
                .setParameter(1, userIds).getResultList();
    }

    /** The stored goals of those of {@code userIds} that set one, in one query. */
    public List<GoalRow> goals(Collection<String> userIds) {
        return em.createQuery("from GoalRow where userId in ?1", GoalRow.class).setParameter(1, userIds).getResultList();
    }

    public Optional<GoalRow> goal(String userId) {
        return Optional.ofNullable(em.find(GoalRow.class, userId));
    }

    /** The zone of the latest session of each of {@code userIds} that has one (the default goal zone until they set one), in one query. */
    public Map<String, String> latestTimeZones(Collection<String> userIds, int generation) {
        // Per user the newest row only (a top-1 read of their rows, as for one user), not a sort of everyone's rows.
        List<?> rows = em.createNativeQuery("""
                        SELECT k.user_id, l.time_zone FROM unnest(CAST(?2 AS text[])) AS k(user_id)
                        JOIN LATERAL (SELECT time_zone FROM session_fact WHERE generation = ?1 AND user_id = k.user_id AND NOT deleted
                                      ORDER BY completed_at DESC LIMIT 1) l ON true""")
                .setParameter(1, generation).setParameter(2, PgArrays.literal(userIds)).getResultList();
        Map<String, String> zones = new HashMap<>();
        rows.forEach(row -> zones.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        return zones;
    }
}
