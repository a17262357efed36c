package org.backhabit.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;

/**
 * What a verified signature does not check: a token issued in the future (a forged or broken
 * clock) and a subject no user id can be (empty, longer than {@value #MAX_SUBJECT_LENGTH}
 * characters, or with control characters). Either is a 401, in every service.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    public static final int MAX_SUBJECT_LENGTH = 255;
    /** The same leeway smallrye-jwt gives expiry ({@code mp.jwt.verify.clock.skew} default). */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Clock clock = Clock.systemUTC();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String problem = problemWith(token.getSubject(), token.getIssuedAtTime(), clock.instant().getEpochSecond());
            if (problem != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(problem));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** @return why the token cannot act for anyone, or null when it can */
    static String problemWith(String subject, long issuedAt, long nowEpochSeconds) {
        if (issuedAt > nowEpochSeconds + CLOCK_SKEW.toSeconds()) {
            return "token issued in the future";
        }
        if (subject != null && (subject.length() > MAX_SUBJECT_LENGTH || !PlainText.Validator.isPlain(subject, false))) {
            return "token subject is not a usable user id";
        }
        return null;
    }
}
