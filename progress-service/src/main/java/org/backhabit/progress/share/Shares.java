package org.backhabit.progress.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.problem.ProblemException;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's shares with clinicians, and the one rule of clinician access: a clinician sees a
 * person only through a share that names them, is not revoked, has not expired, and covers the
 * scope asked for. Anything else is 404, indistinguishable from a person who does not exist.
 */
@ApplicationScoped
public class Shares {

    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public ShareView create(String userId, ShareRequest request) {
        Instant now = clock.instant();
        Instant expires = request.expiresAt().toInstant();
        if (!expires.isAfter(now) || expires.isAfter(now.plus(MAX_LIFETIME))) {
            throw ProblemException.badRequest("expiresAt", "must be in the future and at most one year ahead");
        }
        if (userId.equals(request.clinicianId())) {
            throw ProblemException.badRequest("clinicianId", "must be someone else");
        }
        UUID id = UUID.randomUUID();
        String code = request.clinicianId() == null ? inviteCode() : null;
        em.createNativeQuery("""
                        INSERT INTO share (id, user_id, clinician_id, invite_code, scope, created_at, expires_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, userId).setParameter(3, request.clinicianId()).setParameter(4, code)
                .setParameter(5, request.scope().stream().sorted().map(Scope::name).collect(Collectors.joining(",")))
                .setParameter(6, now).setParameter(7, expires).executeUpdate();
        return find("s.id = ?1", id).get(0);
    }

    @Transactional
    public List<ShareView> list(String userId) {
        return find("s.user_id = ?1 ORDER BY s.created_at DESC", userId);
    }

    /** Revoking is immediate and final; revoking again changes nothing. */
    @Transactional
    public void revoke(String userId, UUID id) {
        int changed = em.createNativeQuery("UPDATE share SET revoked_at = coalesce(revoked_at, ?3), invite_code = NULL WHERE id = ?1 AND user_id = ?2")
                .setParameter(1, id).setParameter(2, userId).setParameter(3, clock.instant()).executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("No share " + id + ".");
        }
    }

    /** A clinician redeems an invite code once; the share then names them. */
    @Transactional
    public ShareView redeem(String clinicianId, String code) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        UPDATE share SET clinician_id = ?2, invite_code = NULL, redeemed_at = ?3
                        WHERE invite_code = ?1 AND revoked_at IS NULL AND expires_at > ?3 AND user_id <> ?2
                        RETURNING id""")
                .setParameter(1, code).setParameter(2, clinicianId).setParameter(3, clock.instant()).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.notFound("No open invite with this code.");
        }
        return find("s.id = ?1", ids.get(0)).get(0);
    }

    /** The valid shares naming this clinician, one per patient (the widest scope wins when there are several). */
    @Transactional
    public List<ShareView> patients(String clinicianId) {
        return find("s.clinician_id = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 ORDER BY s.user_id, s.created_at", clinicianId,
                clock.instant());
    }

    /**
     * @throws ProblemException 404 unless a valid share of {@code patientId} names the clinician and covers the scope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireAccess(String clinicianId, String patientId, Scope scope) {
        Number valid = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM share WHERE user_id = ?1 AND clinician_id = ?2 AND revoked_at IS NULL AND expires_at > ?3
                        AND (',' || scope || ',') LIKE ?4""")
                .setParameter(1, patientId).setParameter(2, clinicianId).setParameter(3, clock.instant())
                .setParameter(4, scope == null ? "%" : "%," + scope.name() + ",%").getSingleResult();
        if (valid.longValue() == 0) {
            throw ProblemException.notFound("No such patient.");
        }
    }

    private List<ShareView> find(String where, Object... params) {
        var query = em.createNativeQuery("SELECT s.id, s.user_id, s.clinician_id, s.invite_code, s.scope, s.created_at, s.expires_at, "
                + "s.revoked_at FROM share s WHERE " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        Instant now = clock.instant();
        return ((List<?>) query.getResultList()).stream().map(r -> (Object[]) r).map(r -> {
            OffsetDateTime revoked = utc(r[7]);
            OffsetDateTime expires = utc(r[6]);
            String state = revoked != null ? "REVOKED" : !expires.toInstant().isAfter(now) ? "EXPIRED" : r[2] == null ? "PENDING" : "ACTIVE";
            return new ShareView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    Arrays.stream(((String) r[4]).split(",")).map(Scope::valueOf).toList(), utc(r[5]), expires, revoked, state);
        }).toList();
    }

    private static String inviteCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof Instant i ? i : value instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
