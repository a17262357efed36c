package org.backhabit.progress.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.domain.RunningFigures;
import org.backhabit.progress.domain.WeekActivity;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The week_rollup rows: each week's sums and the running figures at its end, per generation and user. */
@ApplicationScoped
public class WeekRollupRepository {

    private static final String COLUMNS = """
            week_start, sessions, day_mask, strength_sessions, minutes, pain_before_sum, pain_before_count, pain_after_sum,
            pain_after_count, score, streak, longest, last_counted""";

    @Inject
    EntityManager em;

    /** A row as stored: the week's activity and the running figures at its end. */
    public record Row(WeekActivity activity, RunningFigures running) {
    }

    /** Serialises the rollup work on one user and generation until the transaction ends (consumer, rebuild, goal and pause changes). */
    public void lock(int generation, String userId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, ?2))")
                .setParameter(1, userId).setParameter(2, (long) generation).getSingleResult();
    }

    /** Recomputes the sums of the week starting on {@code weekStart} from the session facts; the row exists afterwards. */
    public void refreshSums(int generation, String userId, LocalDate weekStart) {
        em.createNativeQuery("""
                        INSERT INTO week_rollup (generation, user_id, week_start, sessions, day_mask, strength_sessions, minutes,
                                                 pain_before_sum, pain_before_count, pain_after_sum, pain_after_count)
                        SELECT ?1, ?2, CAST(?3 AS date), count(*), coalesce(bit_or(1 << (local_date - CAST(?3 AS date))), 0), count(*) FILTER (WHERE kind = 'STRENGTH'),
                               coalesce(sum(duration_minutes), 0), coalesce(sum(pain_before), 0), count(pain_before),
                               coalesce(sum(pain_after), 0), count(pain_after)
                        FROM session_fact
                        WHERE generation = ?1 AND user_id = ?2 AND NOT deleted AND local_date BETWEEN CAST(?3 AS date) AND CAST(?3 AS date) + 6
                        ON CONFLICT (generation, user_id, week_start) DO UPDATE SET
                            sessions = EXCLUDED.sessions, day_mask = EXCLUDED.day_mask, strength_sessions = EXCLUDED.strength_sessions,
                            minutes = EXCLUDED.minutes, pain_before_sum = EXCLUDED.pain_before_sum,
                            pain_before_count = EXCLUDED.pain_before_count, pain_after_sum = EXCLUDED.pain_after_sum,
                            pain_after_count = EXCLUDED.pain_after_count""")
                .setParameter(1, generation).setParameter(2, userId).setParameter(3, weekStart).executeUpdate();
    }

    /** Drops the user's rows and rebuilds every week's sums from the facts (after a week-start change). */
    public void rebuildSums(int generation, String userId, DayOfWeek weekStartsOn) {
        em.createNativeQuery("DELETE FROM week_rollup WHERE generation = ?1 AND user_id = ?2")
                .setParameter(1, generation).setParameter(2, userId).executeUpdate();
        // isodow: Monday 1 .. Sunday 7; the week start is the latest weekStartsOn on or before the date.
        em.createNativeQuery("""
                        INSERT INTO week_rollup (generation, user_id, week_start, sessions, day_mask, strength_sessions, minutes,
                                                 pain_before_sum, pain_before_count, pain_after_sum, pain_after_count)
                        SELECT ?1, ?2, week_start, count(*), bit_or(1 << (local_date - week_start)), count(*) FILTER (WHERE kind = 'STRENGTH'),
                               coalesce(sum(duration_minutes), 0), coalesce(sum(pain_before), 0), count(pain_before),
                               coalesce(sum(pain_after), 0), count(pain_after)
                        FROM (SELECT f.*, f.local_date - ((extract(isodow FROM f.local_date)::int - ?3 + 7) % 7) AS week_start
                              FROM session_fact f WHERE generation = ?1 AND user_id = ?2 AND NOT deleted) facts
                        GROUP BY week_start""")
                .setParameter(1, generation).setParameter(2, userId).setParameter(3, weekStartsOn.getValue()).executeUpdate();
    }

    /** The user's first stored week. */
    public Optional<LocalDate> first(int generation, String userId) {
        Object first = em.createNativeQuery("SELECT min(week_start) FROM week_rollup WHERE generation = ?1 AND user_id = ?2")
                .setParameter(1, generation).setParameter(2, userId).getSingleResult();
        return Optional.ofNullable(first).map(WeekRollupRepository::date);
    }

    /** The rows from {@code from} to {@code to}, oldest first. */
    public Map<LocalDate, Row> between(int generation, String userId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM week_rollup WHERE generation = ?1 AND user_id = ?2 "
                        + "AND week_start BETWEEN ?3 AND ?4 ORDER BY week_start")
                .setParameter(1, generation).setParameter(2, userId).setParameter(3, from).setParameter(4, to).getResultList());
    }

    /**
     * What a reader needs as of the week starting {@code currentWeek}: the rows from {@code shownFrom}
     * on, and the latest row before the current week with the two before it (its running figures and
     * the 14-day window after it), however long ago that was.
     */
    public Map<LocalDate, Row> forReading(int generation, String userId, LocalDate shownFrom, LocalDate currentWeek) {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + """
                         FROM week_rollup WHERE generation = ?1 AND user_id = ?2 AND week_start >= LEAST(CAST(?3 AS date),
                            (SELECT max(week_start) FROM week_rollup WHERE generation = ?1 AND user_id = ?2 AND week_start < CAST(?4 AS date)) - 14)
                        ORDER BY week_start""")
                .setParameter(1, generation).setParameter(2, userId).setParameter(3, shownFrom).setParameter(4, currentWeek)
                .getResultList());
    }

    /** The week's sums as they are, with new running figures (inserting an empty week when missing). */
    public void saveRunning(int generation, String userId, WeekActivity week, RunningFigures running) {
        em.createNativeQuery("""
                        INSERT INTO week_rollup (generation, user_id, week_start, sessions, day_mask, strength_sessions, minutes,
                                                 pain_before_sum, pain_before_count, pain_after_sum, pain_after_count,
                                                 score, streak, longest, last_counted)
                        VALUES (?1, ?2, CAST(?3 AS date), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, CAST(?15 AS date))
                        ON CONFLICT (generation, user_id, week_start) DO UPDATE SET
                            score = EXCLUDED.score, streak = EXCLUDED.streak, longest = EXCLUDED.longest, last_counted = EXCLUDED.last_counted""")
                .setParameter(1, generation).setParameter(2, userId).setParameter(3, week.weekStart())
                .setParameter(4, week.sessions()).setParameter(5, week.dayMask()).setParameter(6, week.strengthSessions())
                .setParameter(7, week.minutes()).setParameter(8, week.painBeforeSum()).setParameter(9, week.painBeforeCount())
                .setParameter(10, week.painAfterSum()).setParameter(11, week.painAfterCount())
                .setParameter(12, running.score()).setParameter(13, running.streak()).setParameter(14, running.longest())
                .setParameter(15, running.lastCounted() == null ? null : running.lastCounted().toString())
                .executeUpdate();
    }

    private static Map<LocalDate, Row> rows(List<?> result) {
        Map<LocalDate, Row> rows = new LinkedHashMap<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            LocalDate week = date(r[0]);
            rows.put(week, new Row(new WeekActivity(week, i(r[1]), i(r[2]), i(r[3]), i(r[4]), i(r[5]), i(r[6]), i(r[7]), i(r[8])),
                    new RunningFigures(week, ((Number) r[9]).doubleValue(), i(r[10]), i(r[11]), r[12] == null ? null : date(r[12]))));
        }
        return rows;
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
