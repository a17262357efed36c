package org.backhabit.session;

import org.backhabit.localstack.auth.DevKeys;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.security.Key;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;

/**
 * Tokens the services must refuse: well-formed RS256, each wrong in one way only (key, issuer,
 * audience, issue time or subject); everything else as a dev token has it.
 */
final class ForeignTokens {

    private ForeignTokens() {
    }

    static String signedWithAnotherKey(String user) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(user, generator.generateKeyPair().getPrivate(), claims -> {
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fromAnotherIssuer(String user) {
        return sign(user, DevKeys.privateKey(), claims -> claims.setIssuer("https://issuer.example"));
    }

    static String forAnotherAudience(String user) {
        return sign(user, DevKeys.privateKey(), claims -> claims.setAudience("another-api"));
    }

    static String withoutAudience(String user) {
        return sign(user, DevKeys.privateKey(), claims -> claims.unsetClaim("aud"));
    }

    static String issuedInTheFuture(String user, long seconds) {
        return sign(user, DevKeys.privateKey(), claims -> claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + seconds)));
    }

    /** A dev-signed token for any subject (null: none). */
    static String withSubject(String subject) {
        return sign(subject, DevKeys.privateKey(), claims -> {
        });
    }

    private static String sign(String user, Key key, Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevKeys.ISSUER);
        claims.setAudience(DevKeys.AUDIENCE);
        if (user != null) {
            claims.setSubject(user);
        } else {
            claims.setClaim("upn", "nobody");
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        change.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
