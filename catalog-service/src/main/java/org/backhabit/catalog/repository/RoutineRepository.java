package org.backhabit.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

@ApplicationScoped
public class RoutineRepository implements PanacheRepositoryBase<RoutineRow, String> {

    /** Replaces the routine's links to its exercises; the foreign key rejects a missing exercise. */
    public void linkExercises(String routineSlug, Collection<String> exerciseSlugs) {
        var em = getEntityManager();
        em.createNativeQuery("DELETE FROM routine_exercise WHERE routine_slug = ?1").setParameter(1, routineSlug).executeUpdate();
        for (String exercise : exerciseSlugs) {
            em.createNativeQuery("INSERT INTO routine_exercise (routine_slug, exercise_slug) VALUES (?1, ?2)")
                    .setParameter(1, routineSlug).setParameter(2, exercise).executeUpdate();
        }
    }
}
