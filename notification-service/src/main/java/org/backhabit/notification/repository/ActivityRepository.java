package org.backhabit.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the events taught about a person's days: sessions, pauses, and which events were already applied. */
@ApplicationScoped
public class ActivityRepository {

    @Inject
    EntityManager em;

    /**
     * Records the event ids of a batch in one statement.
     *
     * @return those not applied before (a redelivered one is left out, so the caller changes nothing for it)
     */
    public Set<String> firstTimes(Collection<String> eventIds, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> fresh = em.createNativeQuery("""
                        INSERT INTO processed_event (event_id, processed_at) SELECT DISTINCT unnest(CAST(?1 AS text[])), CAST(?2 AS timestamptz)
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .setParameter(1, eventIds.toArray(String[]::new)).setParameter(2, now).getResultList();
        return new HashSet<>(fresh);
    }

    public boolean exercisedOn(String userId, LocalDate day) {
        return !em.createQuery("select 1 from SessionDayEntity where userId = ?1 and localDate = ?2 and deleted = false")
                .setParameter(1, userId).setParameter(2, day).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean pausedOn(String userId, LocalDate day) {
        return !em.createQuery("select 1 from PauseEntity where userId = ?1 and fromDate <= ?2 and toDate >= ?2 and deleted = false")
                .setParameter(1, userId).setParameter(2, day).setMaxResults(1).getResultList().isEmpty();
    }

    public SessionDayEntity sessionDay(java.util.UUID sessionId) {
        return em.find(SessionDayEntity.class, sessionId);
    }

    public PauseEntity pause(java.util.UUID pauseId) {
        return em.find(PauseEntity.class, pauseId);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
