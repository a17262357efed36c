package org.backhabit.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * Translations of exercises, routines and red flags: one JSON document per subject and language,
 * in a table per kind so the database drops them with their subject.
 */
@ApplicationScoped
public class TranslationRepository {

    /** What a translation belongs to, and the table that holds those. */
    public enum Kind {
        EXERCISE("exercise_translation"), ROUTINE("routine_translation"), RED_FLAG("red_flag_translation");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** One stored translation. */
    public record Row(String subject, String language, String body) {
    }

    @Inject
    EntityManager em;

    public void put(Kind kind, String subject, String language, String body, Instant now) {
        em.createNativeQuery("INSERT INTO " + kind.table + " (subject, language, body, updated_at) VALUES (?1, ?2, CAST(?3 AS jsonb), ?4) "
                        + "ON CONFLICT (subject, language) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at")
                .setParameter(1, subject).setParameter(2, language).setParameter(3, body).setParameter(4, now)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Row> all(Kind kind) {
        List<Object[]> rows = em.createNativeQuery("SELECT subject, language, CAST(body AS text) FROM " + kind.table + " ORDER BY subject, language")
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2])).toList();
    }
}
