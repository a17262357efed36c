package org.backhabit.session.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionEntity, UUID> {

    /** The user's own session; another user's is indistinguishable from a missing one. */
    public Optional<SessionEntity> findOwn(String userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** Same, locked for a correction or deletion so concurrent edits apply one after the other. */
    public Optional<SessionEntity> findOwnForUpdate(String userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * A page newest first, strictly after the keyset cursor {@code (beforeCompletedAt, beforeId)}
     * when given, within the local-date range when given.
     */
    public List<SessionEntity> page(String userId, LocalDate from, LocalDate to, Instant beforeCompletedAt, UUID beforeId, int limit) {
        StringBuilder query = new StringBuilder("userId = :user");
        var params = new java.util.HashMap<String, Object>();
        params.put("user", userId);
        if (from != null) {
            query.append(" and localDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and localDate <= :to");
            params.put("to", to);
        }
        if (beforeCompletedAt != null) {
            query.append(" and (completedAt < :at or (completedAt = :at and id < :id))");
            params.put("at", beforeCompletedAt);
            params.put("id", beforeId);
        }
        query.append(" order by completedAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
