package org.backhabit.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Records which seed versions are loaded; the primary key makes concurrent instances load a version once. */
@ApplicationScoped
public class SeedHistory {

    @Inject
    EntityManager em;

    /** @return true if this transaction claimed the version (and must load it) */
    public boolean claim(int version) {
        return em.createNativeQuery("INSERT INTO seed_history (version) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, version).executeUpdate() == 1;
    }
}
