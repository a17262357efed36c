package org.backhabit.problem;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user limit on writes ({@code backhabit.rate-limit.writes-per-minute}): past it, 429 with
 * {@code Retry-After} and the IETF draft's {@code RateLimit} / {@code RateLimit-Policy} headers
 * (draft-ietf-httpapi-ratelimit-headers-07). Runs after authentication, so the key is the
 * verified user, not anything a client can vary.
 */
@RateLimited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class WriteRateLimit {

    /** Shared by every instance of the interceptor: one budget per user, not per resource. */
    private static final Map<Integer, RateWindows> WINDOWS_BY_LIMIT = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Inject
    SecurityIdentity identity;
    @ConfigProperty(name = "backhabit.rate-limit.writes-per-minute", defaultValue = "600")
    int writesPerMinute;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        if (identity.isAnonymous()) {
            return invocation.proceed();
        }
        String user = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
        RateWindows.Decision decision = WINDOWS_BY_LIMIT.computeIfAbsent(writesPerMinute, RateWindows::new).acquire(user, clock.instant().getEpochSecond());
        if (!decision.allowed()) {
            throw new ProblemException(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                    "Too many writes: at most " + decision.limit() + " a minute. Try again in " + decision.resetSeconds() + " s."),
                    Map.of("Retry-After", Long.toString(decision.resetSeconds()),
                            "RateLimit", "limit=" + decision.limit() + ", remaining=0, reset=" + decision.resetSeconds(),
                            "RateLimit-Policy", decision.limit() + ";w=" + RateWindows.WINDOW_SECONDS));
        }
        return invocation.proceed();
    }
}
