package org.backhabit.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;

/** What the events taught about a person's days: sessions, pauses, and which events were already applied. */
@ApplicationScoped
public class ActivityRepository {

    @Inject
    EntityManager em;

    /** Records the event id; false when it was applied before (a redelivery), so the caller changes nothing. */
    public boolean firstTime(String eventId, Instant now) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id, processed_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).setParameter(2, now).executeUpdate() == 1;
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
