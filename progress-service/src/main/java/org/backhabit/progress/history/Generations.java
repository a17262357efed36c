package org.backhabit.progress.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Which projection generation reads use, and which ones the live consumer must write. */
@ApplicationScoped
public class Generations {

    @Inject
    EntityManager em;

    public int active() {
        return ((Number) em.createNativeQuery("SELECT active_generation FROM projection_state WHERE id = 1").getSingleResult()).intValue();
    }

    /** The active generation, plus the one being rebuilt, if any. */
    public List<Integer> writeTargets() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT active_generation, rebuild_generation FROM projection_state WHERE id = 1")
                .getSingleResult();
        int active = ((Number) row[0]).intValue();
        return row[1] == null ? List.of(active) : List.of(active, ((Number) row[1]).intValue());
    }
}
