package org.backhabit.progress.pause;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.history.PauseRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's pauses. */
@ApplicationScoped
public class PauseRepository {

    @Inject
    EntityManager em;

    public boolean overlapsAny(String userId, LocalDate from, LocalDate to) {
        return !em.createQuery("from PauseRow where userId = ?1 and fromDate <= ?3 and toDate >= ?2", PauseRow.class)
                .setParameter(1, userId).setParameter(2, from).setParameter(3, to)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<PauseRow> list(String userId) {
        return em.createQuery("from PauseRow where userId = ?1 order by fromDate", PauseRow.class)
                .setParameter(1, userId).getResultList();
    }

    public Optional<PauseRow> find(String userId, UUID id) {
        return Optional.ofNullable(em.find(PauseRow.class, id)).filter(p -> p.userId.equals(userId));
    }

    public void add(PauseRow row) {
        em.persist(row);
        em.flush();
    }

    public void remove(PauseRow row) {
        em.remove(row);
        em.flush();
    }
}
