package org.backhabit.events.vocabulary;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which time-zone names the services accept: IANA region ids such as {@code Europe/Berlin}, or
 * {@code UTC}. Bare offsets ({@code +01:00}) are refused because they know no daylight-saving
 * switch, so local dates computed with them would drift twice a year.
 */
public final class TimeZoneIds {

    /** What a client is told when a zone is refused. */
    public static final String EXPECTED = "must be an IANA time zone such as Europe/Berlin";

    private TimeZoneIds() {
    }

    /** @return the zone, or empty when {@code id} is not a region id or UTC */
    public static Optional<ZoneId> region(String id) {
        if (id == null || !(id.contains("/") || id.equals("UTC"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
