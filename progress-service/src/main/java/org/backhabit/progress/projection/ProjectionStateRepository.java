package org.backhabit.progress.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** The projection_state row: which generation is active and how the last rebuild went. */
@ApplicationScoped
public class ProjectionStateRepository {

    @Inject
    EntityManager em;

    /** What {@code GET /admin/projections/rebuild} reports. */
    public record State(int activeGeneration, Integer rebuildGeneration, Instant startedAt, Instant finishedAt,
                        long events, long millis) {
    }

    public State read() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT active_generation, rebuild_generation, rebuild_started_at, rebuild_finished_at, rebuild_events, rebuild_millis
                        FROM projection_state WHERE id = 1""").getSingleResult();
        return new State(((Number) row[0]).intValue(), row[1] == null ? null : ((Number) row[1]).intValue(),
                instant(row[2]), instant(row[3]), ((Number) row[4]).longValue(), ((Number) row[5]).longValue());
    }

    /** Locks the row and returns the active generation. */
    public int lockActive() {
        return ((Number) em.createNativeQuery("SELECT active_generation FROM projection_state WHERE id = 1 FOR UPDATE")
                .getSingleResult()).intValue();
    }

    public void startRebuild(int target) {
        em.createNativeQuery("""
                        UPDATE projection_state SET rebuild_generation = ?1, rebuild_started_at = now(), rebuild_finished_at = NULL,
                               rebuild_events = 0, rebuild_millis = 0 WHERE id = 1""")
                .setParameter(1, target).executeUpdate();
    }

    public void activate(int target, long events, long millis) {
        em.createNativeQuery("""
                        UPDATE projection_state SET active_generation = ?1, rebuild_generation = NULL, rebuild_finished_at = now(),
                               rebuild_events = ?2, rebuild_millis = ?3 WHERE id = 1""")
                .setParameter(1, target).setParameter(2, events).setParameter(3, millis).executeUpdate();
    }

    public void abandonRebuild() {
        em.createNativeQuery("UPDATE projection_state SET rebuild_generation = NULL WHERE id = 1").executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i ? i : value instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
