package org.backhabit.progress.history;

import static org.backhabit.progress.history.PgArrays.column;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.domain.RunningFigures;
import org.backhabit.progress.domain.WeekActivity;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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

    /** A user's week. */
    public record UserWeek(String userId, LocalDate weekStart) {
    }

    /** {@link #lock(int, String)} for many users in one statement, in the collection's order (give them sorted). */
    public void lock(int generation, Collection<String> userIds) {
        em.createNativeQuery("SELECT count(pg_advisory_xact_lock(hashtextextended(u, ?2))) FROM unnest(CAST(?1 AS text[])) AS u")
                .setParameter(1, PgArrays.literal(userIds)).setParameter(2, (long) generation).getSingleResult();
    }

    /** Recomputes the sums of each of {@code weeks} (no week twice) from the session facts, in one statement; the rows exist afterwards. */
    public void refreshSums(int generation, List<UserWeek> weeks) {
        em.createNativeQuery("""
                        INSERT INTO week_rollup (generation, user_id, week_start, sessions, day_mask, strength_sessions, minutes,
                                                 pain_before_sum, pain_before_count, pain_after_sum, pain_after_count)
                        SELECT ?1, k.user_id, k.week_start, count(f.session_id), coalesce(bit_or(1 << (f.local_date - k.week_start)), 0),
                               count(*) FILTER (WHERE f.kind = 'STRENGTH'), coalesce(sum(f.duration_minutes), 0),
                               coalesce(sum(f.pain_before), 0), count(f.pain_before), coalesce(sum(f.pain_after), 0), count(f.pain_after)
                        FROM unnest(CAST(?2 AS text[]), CAST(?3 AS date[])) AS k(user_id, week_start)
                        LEFT JOIN session_fact f ON f.generation = ?1 AND f.user_id = k.user_id AND NOT f.deleted
                                                AND f.local_date BETWEEN k.week_start AND k.week_start + 6
                        GROUP BY k.user_id, k.week_start
                        ON CONFLICT (generation, user_id, week_start) DO UPDATE SET
                            sessions = EXCLUDED.sessions, day_mask = EXCLUDED.day_mask, strength_sessions = EXCLUDED.strength_sessions,
                            minutes = EXCLUDED.minutes, pain_before_sum = EXCLUDED.pain_before_sum,
                            pain_before_count = EXCLUDED.pain_before_count, pain_after_sum = EXCLUDED.pain_after_sum,
                            pain_after_count = EXCLUDED.pain_after_count""")
                .setParameter(1, generation)
                .setParameter(2, PgArrays.literal(weeks.stream().map(UserWeek::userId).toList()))
                .setParameter(3, PgArrays.literal(weeks.stream().map(UserWeek::weekStart).toList()))
                .executeUpdate();
    }

    /**
     * What carrying the running figures forward from a week needs, for many users in one statement:
     * per user, the rows from its week on and the latest row before it with the two before that.
     */
    public Map<String, Map<LocalDate, Row>> forCarrying(int generation, Map<String, LocalDate> fromByUser) {
        List<?> result = em.createNativeQuery("SELECT k.user_id, " + COLUMNS + """
                         FROM unnest(CAST(?2 AS text[]), CAST(?3 AS date[])) AS k(user_id, from_week)
                        JOIN week_rollup r ON r.generation = ?1 AND r.user_id = k.user_id AND r.week_start >= LEAST(k.from_week,
                            (SELECT max(p.week_start) FROM week_rollup p WHERE p.generation = ?1 AND p.user_id = k.user_id
                                                                          AND p.week_start < k.from_week) - 14)
                        ORDER BY k.user_id, r.week_start""")
                .setParameter(1, generation)
                .setParameter(2, PgArrays.literal(fromByUser.keySet()))
                .setParameter(3, PgArrays.literal(fromByUser.values()))
                .getResultList();
        Map<String, Map<LocalDate, Row>> rows = new HashMap<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            Row row = row(Arrays.copyOfRange(r, 1, r.length));
            rows.computeIfAbsent((String) r[0], user -> new LinkedHashMap<>()).put(row.activity().weekStart(), row);
        }
        return rows;
    }

    /** The weeks' sums as they are, with new running figures (inserting empty weeks when missing), in one statement; no week twice. */
    public void saveRunning(int generation, Map<String, List<Row>> rowsByUser) {
        List<String> users = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        rowsByUser.forEach((user, userRows) -> userRows.forEach(row -> {
            users.add(user);
            rows.add(row);
        }));
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO week_rollup (generation, user_id, week_start, sessions, day_mask, strength_sessions, minutes,
                                                 pain_before_sum, pain_before_count, pain_after_sum, pain_after_count,
                                                 score, streak, longest, last_counted)
                        SELECT ?1, r.* FROM unnest(CAST(?2 AS text[]), CAST(?3 AS date[]), CAST(?4 AS int[]), CAST(?5 AS int[]),
                                                   CAST(?6 AS int[]), CAST(?7 AS int[]), CAST(?8 AS int[]), CAST(?9 AS int[]),
                                                   CAST(?10 AS int[]), CAST(?11 AS int[]), CAST(?12 AS float8[]), CAST(?13 AS int[]),
                                                   CAST(?14 AS int[]), CAST(?15 AS date[])) AS r
                        ON CONFLICT (generation, user_id, week_start) DO UPDATE SET
                            score = EXCLUDED.score, streak = EXCLUDED.streak, longest = EXCLUDED.longest, last_counted = EXCLUDED.last_counted""")
                .setParameter(1, generation)
                .setParameter(2, PgArrays.literal(users))
                .setParameter(3, column(rows, r -> r.activity().weekStart()))
                .setParameter(4, column(rows, r -> r.activity().sessions()))
                .setParameter(5, column(rows, r -> r.activity().dayMask()))
                .setParameter(6, column(rows, r -> r.activity().strengthSessions()))
                .setParameter(7, column(rows, r -> r.activity().minutes()))
                .setParameter(8, column(rows, r -> r.activity().painBeforeSum()))
                .setParameter(9, column(rows, r -> r.activity().painBeforeCount()))
                .setParameter(10, column(rows, r -> r.activity().painAfterSum()))
                .setParameter(11, column(rows, r -> r.activity().painAfterCount()))
                .setParameter(12, column(rows, r -> r.running().score()))
                .setParameter(13, column(rows, r -> r.running().streak()))
                .setParameter(14, column(rows, r -> r.running().longest()))
                .setParameter(15, column(rows, r -> r.running().lastCounted()))
                .executeUpdate();
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

    private static Map<LocalDate, Row> rows(List<?> result) {
        Map<LocalDate, Row> rows = new LinkedHashMap<>();
        for (Object o : result) {
            Row row = row((Object[]) o);
            rows.put(row.activity().weekStart(), row);
        }
        return rows;
    }

    /** A row from the values of {@link #COLUMNS}, in order. */
    private static Row row(Object[] r) {
        LocalDate week = date(r[0]);
        return new Row(new WeekActivity(week, i(r[1]), i(r[2]), i(r[3]), i(r[4]), i(r[5]), i(r[6]), i(r[7]), i(r[8])),
                new RunningFigures(week, ((Number) r[9]).doubleValue(), i(r[10]), i(r[11]), r[12] == null ? null : date(r[12])));
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
