package org.backhabit.notification.service;

import org.backhabit.problem.ProblemException;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

/** Parsing of zones and local times from request bodies: a bad value is a 400 naming the field. */
final class Zones {

    private Zones() {
    }

    static ZoneId zone(String field, String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(field, "must be an IANA time zone such as Europe/Berlin");
        }
    }

    /** Values already match HH:mm (bean validation); this only converts. */
    static LocalTime time(String value) {
        return LocalTime.parse(value);
    }
}
