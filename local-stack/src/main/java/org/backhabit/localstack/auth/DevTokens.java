package org.backhabit.localstack.auth;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Mints RS256 tokens signed with the dev key, for any user id, with or without extra groups (admin, clinician, service). */
public final class DevTokens {

    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private DevTokens() {
    }

    public static String forUser(String userId) {
        return mint(userId, false, DEFAULT_LIFETIME);
    }

    public static String forAdmin(String userId) {
        return mint(userId, true, DEFAULT_LIFETIME);
    }

    /** A token whose groups are {@code user} plus the given ones, e.g. {@code clinician} or {@code service}. */
    public static String withGroups(String userId, String... extraGroups) {
        return mint(userId, List.of(extraGroups), DEFAULT_LIFETIME);
    }

    public static String mint(String userId, boolean admin, Duration lifetime) {
        return mint(userId, admin ? List.of("admin") : List.of(), lifetime);
    }

    public static String mint(String userId, List<String> extraGroups, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevKeys.ISSUER);
        claims.setSubject(userId);
        claims.setAudience(DevKeys.AUDIENCE);
        claims.setClaim("upn", userId);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        List<String> groups = new ArrayList<>(List.of("user"));
        groups.addAll(extraGroups);
        claims.setStringListClaim("groups", groups);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(DevKeys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign dev token", e);
        }
    }
}
