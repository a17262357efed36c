package org.backhabit.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.events.EventTypes;
import org.backhabit.events.UserErasedData;
import org.backhabit.session.config.ErasureConfig;
import org.backhabit.session.event.Outbox;
import org.backhabit.session.event.UserKeys;
import org.backhabit.session.model.ErasureView;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases a person. In one transaction it deletes everything this service holds about them
 * (sessions, check-ins, idempotency records, unsent events), shreds their event key so every event
 * about them already in Kafka becomes unreadable, and writes {@code user.erased.v1} to the outbox,
 * on which every other service deletes its own data and confirms on {@code erasure-receipts}.
 * Idempotent: while nothing new was recorded since the last erasure, asking again returns it.
 */
@ApplicationScoped
public class ErasureService {

    public static final String SERVICE = "session-service";

    @Inject
    EntityManager em;
    @Inject
    UserKeys keys;
    @Inject
    Outbox outbox;
    @Inject
    ErasureConfig config;
    @Inject
    Clock clock;

    @Transactional
    public ErasureView erase(String userId, String requestedBy) {
        // Serialises concurrent erasures of one user.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "erasure:" + userId).getSingleResult();
        Optional<ErasureView> latest = latest(userId);
        if (latest.isPresent() && !holdsAnything(userId)) {
            return latest.get();
        }
        for (String table : List.of("session", "check_in", "idempotency_key")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM outbox WHERE subject = ?1").setParameter(1, userId).executeUpdate();
        keys.shred(userId);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO erasure (id, user_id, requested_by, requested_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, userId).setParameter(3, requestedBy).setParameter(4, now).executeUpdate();
        confirm(id, SERVICE, now);
        outbox.append(EventTypes.USER_ERASED, userId, now,
                new UserErasedData(UserErasedData.SCHEMA_VERSION, id, userId, now.atOffset(ZoneOffset.UTC)));
        return latest(userId).orElseThrow();
    }

    /** Records a service's receipt; a repeated or unknown receipt changes nothing. */
    @Transactional
    public void confirm(UUID erasureId, String service, Instant erasedAt) {
        em.createNativeQuery("""
                        INSERT INTO erasure_receipt (erasure_id, service, erased_at)
                        SELECT id, ?2, ?3 FROM erasure WHERE id = ?1
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, erasureId).setParameter(2, service).setParameter(3, erasedAt).executeUpdate();
    }

    @Transactional
    public Optional<ErasureView> latest(String userId) {
        List<?> rows = em.createNativeQuery("SELECT id, requested_by, requested_at FROM erasure WHERE user_id = ?1 ORDER BY requested_at DESC LIMIT 1")
                .setParameter(1, userId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID id = (UUID) row[0];
        List<ErasureView.Confirmation> confirmed = em.createNativeQuery(
                        "SELECT service, erased_at FROM erasure_receipt WHERE erasure_id = ?1 ORDER BY erased_at, service")
                .setParameter(1, id).getResultList().stream()
                .map(r -> new ErasureView.Confirmation((String) ((Object[]) r)[0], utc(((Object[]) r)[1])))
                .toList();
        List<String> awaiting = config.confirmingServices().stream()
                .filter(s -> confirmed.stream().noneMatch(c -> c.service().equals(s))).toList();
        return Optional.of(new ErasureView(id, userId, (String) row[1], utc(row[2]), awaiting.isEmpty() ? "DONE" : "IN_PROGRESS",
                confirmed, awaiting));
    }

    /** Anything recorded since the last erasure gives the person a new event key, so no key means nothing new. */
    private boolean holdsAnything(String userId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM user_key WHERE user_id = ?1").setParameter(1, userId)
                .getSingleResult()).longValue() > 0;
    }

    private static OffsetDateTime utc(Object value) {
        Instant instant = value instanceof Instant i ? i
                : value instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
