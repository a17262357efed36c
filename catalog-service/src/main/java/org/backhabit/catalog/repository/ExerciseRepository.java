package org.backhabit.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ExerciseRepository implements PanacheRepositoryBase<ExerciseRow, String> {

    /** Slugs of the routines that use an exercise (they block its deletion). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> routinesUsing(String exerciseSlug) {
        return getEntityManager()
                .createNativeQuery("SELECT routine_slug FROM routine_exercise WHERE exercise_slug = ?1 ORDER BY routine_slug")
                .setParameter(1, exerciseSlug)
                .getResultList();
    }
}
