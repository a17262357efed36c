package org.backhabit.session.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;
import org.backhabit.session.repository.IdempotencyRecord;
import org.backhabit.session.repository.IdempotencyRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The Idempotency-Key header (IETF httpapi draft): the first request with a key is processed and
 * its response stored in the same transaction as its effect; a replay gets that response again;
 * the same key with a different body is 422; the same key while the first is in flight is 409.
 * Keys are scoped per user and kept 24 hours.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    /**
     * A claim older than this with no response belongs to a request that died (its process was
     * killed, or its database went away); a retry may take it over. Should the first request still
     * be alive, it cannot store its answer any more, and its effect rolls back.
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);

    @Inject
    IdempotencyRepository repository;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** A claimed key; the operation completes it inside its own transaction. */
    public record Ticket(String userId, String key, Instant claimedAt) {
    }

    /** What claiming a key found: a stored answer to replay, or the claim this request now holds. */
    private record Claim(IdempotencyRecord replay, Instant claimedAt) {
    }

    /**
     * The key as sent: the framework reads an empty header as absent, but a client that sends the
     * header meant to use a key, so an empty one must be refused, not ignored.
     */
    public static String keyOf(String parsed, HttpHeaders headers) {
        if (parsed != null) {
            return parsed;
        }
        List<String> values = headers.getRequestHeader(HEADER);
        return values == null || values.isEmpty() ? null : values.get(0) == null ? "" : values.get(0);
    }

    public Response execute(String userId, String key, String operation, Object request, Function<Ticket, Response> action) {
        if (key == null) {
            return action.apply(null);
        }
        if (key.isBlank() || key.length() > 255) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to 255 characters");
        }
        String hash = hash(operation, request);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(userId, key, operation, hash));
        IdempotencyRecord replay = claim.replay();
        if (replay != null) {
            return Response.status(replay.status)
                    .entity(replay.responseBody)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .location(replay.location == null ? null : java.net.URI.create(replay.location))
                    .header("Idempotent-Replayed", "true")
                    .build();
        }
        Ticket ticket = new Ticket(userId, key, claim.claimedAt());
        try {
            return action.apply(ticket);
        } catch (RuntimeException e) {
            // Nothing was committed: free the key so the client can retry with it.
            QuarkusTransaction.requiringNew().run(() -> repository.release(userId, key, ticket.claimedAt()));
            throw e;
        }
    }

    /** Stores the response; must run in the transaction that made the effect. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Ticket ticket, int status, Object body, String location) {
        if (ticket == null) {
            return;
        }
        if (!repository.answer(ticket.userId(), ticket.key(), ticket.claimedAt(), status, write(body), location)) {
            throw ProblemException.conflict("This request took too long and a retry with the same Idempotency-Key took over; "
                    + "nothing was changed by this one. Retry to get the answer.");
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeHourly() {
        purgeExpired();
    }

    /** Deletes keys older than 24 hours. @return how many were deleted */
    @Transactional
    public long purgeExpired() {
        return repository.purgeOlderThan(clock.instant().minus(RETENTION));
    }

    /** The stored first response to replay, or the claim this call took. */
    Claim claim(String userId, String key, String operation, String hash) {
        // The database keeps microseconds; a claim is recognised by its exact instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (repository.insertIfAbsent(userId, key, operation, hash, now)) {
            return new Claim(null, now);
        }
        IdempotencyRecord existing = repository.find(userId, key).orElseThrow();
        if (existing.createdAt.isBefore(now.minus(RETENTION))) {
            existing.operation = operation;
            existing.requestHash = hash;
            existing.status = null;
            existing.responseBody = null;
            existing.location = null;
            existing.createdAt = now;
            return new Claim(null, now);
        }
        if (!existing.requestHash.equals(hash)) {
            throw new ProblemException(Problem.validation("This Idempotency-Key was used with a different request.",
                    List.of(new Problem.Violation("Idempotency-Key", "already used with another body"))).withStatus(422, "Unprocessable Content"));
        }
        if (existing.status == null) {
            if (existing.createdAt.isBefore(now.minus(ABANDONED_AFTER)) && repository.takeOver(userId, key, existing.createdAt, now)) {
                return new Claim(null, now);
            }
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        return new Claim(existing, null);
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
