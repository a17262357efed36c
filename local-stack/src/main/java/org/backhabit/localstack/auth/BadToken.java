package org.backhabit.localstack.auth;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.Key;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Tokens every service must refuse with 401. Each differs from a valid dev token (both groups, so
 * a refusal is never about the group) in exactly one way.
 */
public enum BadToken {
    ALG_NONE(claims -> claims, Signing.NONE),
    EXPIRED(claims -> {
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 1200));
        return claims;
    }, Signing.DEV_KEY),
    OTHER_KEY(claims -> claims, Signing.OTHER_KEY),
    OTHER_ISSUER(claims -> {
        claims.setIssuer("https://issuer.example");
        return claims;
    }, Signing.DEV_KEY),
    NO_SUBJECT(claims -> {
        claims.unsetClaim("sub");
        return claims;
    }, Signing.DEV_KEY),
    OTHER_AUDIENCE(claims -> {
        claims.setAudience("another-api");
        return claims;
    }, Signing.DEV_KEY),
    NO_AUDIENCE(claims -> {
        claims.unsetClaim("aud");
        return claims;
    }, Signing.DEV_KEY),
    ISSUED_IN_THE_FUTURE(claims -> issuedAhead(claims, 3600), Signing.DEV_KEY),
    SUBJECT_OF_256_CHARACTERS(claims -> {
        claims.setSubject("u".repeat(256));
        return claims;
    }, Signing.DEV_KEY),
    SUBJECT_WITH_NUL(claims -> {
        claims.setSubject("alice\u0000");
        return claims;
    }, Signing.DEV_KEY);

    /** For the control case: the same construction with nothing changed must be accepted. */
    public static String valid(String user) {
        return sign(claimsFor(user), Signing.DEV_KEY);
    }

    /** A valid token whose issue time lies this many seconds ahead (accepted within the verifier's leeway). */
    public static String validIssuedAhead(String user, long seconds) {
        return sign(issuedAhead(claimsFor(user), seconds), Signing.DEV_KEY);
    }

    private static JwtClaims issuedAhead(JwtClaims claims, long seconds) {
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + seconds));
        return claims;
    }

    private final UnaryOperator<JwtClaims> change;
    private final Signing signing;

    BadToken(UnaryOperator<JwtClaims> change, Signing signing) {
        this.change = change;
        this.signing = signing;
    }

    public String forUser(String user) {
        return sign(change.apply(claimsFor(user)), signing);
    }

    private enum Signing { DEV_KEY, OTHER_KEY, NONE }

    private static JwtClaims claimsFor(String user) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevKeys.ISSUER);
        claims.setSubject(user);
        claims.setAudience(DevKeys.AUDIENCE);
        claims.setClaim("upn", user);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setStringListClaim("groups", List.of("user", "admin"));
        return claims;
    }

    private static String sign(JwtClaims claims, Signing signing) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        switch (signing) {
            case DEV_KEY -> rs256(jws, DevKeys.privateKey());
            case OTHER_KEY -> rs256(jws, anotherKey());
            case NONE -> {
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
                jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            }
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rs256(JsonWebSignature jws, Key key) {
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
    }

    private static Key anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
