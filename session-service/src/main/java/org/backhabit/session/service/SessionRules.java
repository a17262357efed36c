package org.backhabit.session.service;

import org.backhabit.events.vocabulary.TimeZoneIds;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The rules Bean Validation cannot express: time windows relative to now, and real IANA zones. */
public final class SessionRules {

    static final Duration MAX_FUTURE = Duration.ofMinutes(5);
    static final Duration MAX_AGE = Duration.ofDays(90);

    private SessionRules() {
    }

    /**
     * @return the zone, after checking that {@code timeField} lies between 90 days ago and 5
     * minutes from now and that the zone is a region id (not a bare offset)
     * @throws ProblemException 400 listing every violation
     */
    public static ZoneId check(String timeField, OffsetDateTime at, String timeZone, Clock clock) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant now = clock.instant();
        if (at != null && at.toInstant().isAfter(now.plus(MAX_FUTURE))) {
            violations.add(new Problem.Violation(timeField, "must not be more than 5 minutes in the future"));
        }
        if (at != null && at.toInstant().isBefore(now.minus(MAX_AGE))) {
            violations.add(new Problem.Violation(timeField, "must not be older than 90 days"));
        }
        ZoneId zone = TimeZoneIds.region(timeZone).orElse(null);
        if (zone == null) {
            violations.add(new Problem.Violation("timeZone", TimeZoneIds.EXPECTED));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.validation("The request is not valid.", violations));
        }
        return zone;
    }
}
