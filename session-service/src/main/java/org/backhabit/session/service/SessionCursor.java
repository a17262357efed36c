package org.backhabit.session.service;

import org.backhabit.problem.PlausibleDate;
import org.backhabit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursor: the last item's (completedAt, id). Stable under inserts, unlike offsets. */
record SessionCursor(Instant completedAt, UUID id) {

    /** A forged cursor must not reach the database with an instant it cannot hold. */
    private static final Instant EARLIEST = PlausibleDate.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = PlausibleDate.LATEST.atStartOfDay(ZoneOffset.UTC).toInstant();

    String encode() {
        long micros = completedAt.getEpochSecond() * 1_000_000 + completedAt.getNano() / 1000;
        String raw = micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static SessionCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            long micros = Long.parseLong(parts[0]);
            Instant completedAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
            if (completedAt.isBefore(EARLIEST) || completedAt.isAfter(LATEST)) {
                throw new IllegalArgumentException("outside any page");
            }
            return new SessionCursor(completedAt, UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("cursor", "not a cursor from a previous page");
        }
    }
}
