package org.backhabit.progress.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Every read of a person's data by a clinician, written in the same transaction as the read. */
@ApplicationScoped
public class AccessLog {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String patientId, String clinicianId, String what) {
        em.createNativeQuery("INSERT INTO access_log (user_id, clinician_id, what, at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, patientId).setParameter(2, clinicianId).setParameter(3, what).setParameter(4, clock.instant()).executeUpdate();
    }

    @Transactional
    public List<AccessLogEntry> of(String patientId, int limit) {
        return ((List<?>) em.createNativeQuery("SELECT clinician_id, what, at FROM access_log WHERE user_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2")
                .setParameter(1, patientId).setParameter(2, limit).getResultList()).stream().map(r -> (Object[]) r)
                .map(r -> new AccessLogEntry((String) r[0], (String) r[1], Shares.utc(r[2]))).toList();
    }

    /** The whole log, for the person's export. */
    @Transactional
    public List<AccessLogEntry> all(String patientId) {
        return of(patientId, Integer.MAX_VALUE);
    }
}
