package org.backhabit.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Strict parsing of path and query parameters. A bad value is a 400 problem whose violation names
 * the parameter; a blank optional value is null.
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badRequest(name, "unknown value '" + value + "'; one of " + allowed);
        }
    }

    public static Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    public static Integer intValue(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }

    /** Like {@link #intValue(String, String, int, int)}, with {@code fallback} when the value is absent. */
    public static int intValue(String name, String value, int min, int max, int fallback) {
        Integer parsed = intValue(name, value, min, max);
        return parsed == null ? fallback : parsed;
    }

    /** Free text such as a search: at most {@code max} characters and no control characters. */
    public static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.badRequest(name, "must be at most " + max + " characters");
        }
        if (!PlainText.Validator.isPlain(value, false)) {
            throw ProblemException.badRequest(name, "must not contain control characters");
        }
        return value;
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date like 2026-11-20");
        }
        if (!PlausibleDate.Validator.isPlausible(date)) {
            throw ProblemException.badRequest(name, "must be a date from " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST);
        }
        return date;
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw ProblemException.badRequest(name, "is required, as a date like 2026-11-20");
        }
        return date;
    }

    /** A malformed id cannot name any record: 404, the same as another user's or a missing one. */
    public static UUID idOrNotFound(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No such record.");
        }
    }
}
