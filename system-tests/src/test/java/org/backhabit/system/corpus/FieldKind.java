package org.backhabit.system.corpus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/**
 * The kinds of field and parameter the services read, each with the values that must be refused:
 * {@link #inBody()} as JSON text for a body field, {@link #inQuery()} as the raw text of a query
 * parameter.
 */
enum FieldKind {
    /** A whole number; the bounds are the field's. */
    NUMBER,
    TEXT,
    MULTILINE_TEXT,
    SLUG,
    ENUM,
    DATE,
    INSTANT,
    TIME_ZONE,
    LOCAL_TIME,
    BOOLEAN,
    CURSOR;

    /** Characters no text field takes (newline, carriage return and tab only where text is multiline). */
    private static final List<Character> CONTROLS = List.of('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f',
            '\u007f', '\u0085', '\u009f');

    Arbitrary<String> inBody(int min, int max) {
        return switch (this) {
            case NUMBER -> Arbitraries.oneOf(
                    Arbitraries.integers().between(-1_000_000, min - 1).map(String::valueOf),
                    Arbitraries.integers().between(max + 1, 1_000_000).map(String::valueOf),
                    Arbitraries.integers().between(min, max - 1).map(n -> n + "." + (1 + Math.abs(n) % 9)),
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(FieldKind::quoted),
                    Arbitraries.of("true", "false", "[]", "{}", "\"7\"", "1e3", "9223372036854775808", "-9223372036854775809"));
            case TEXT -> Arbitraries.oneOf(tooLong(max), withControl(false), notText());
            case MULTILINE_TEXT -> Arbitraries.oneOf(tooLong(max), withControl(true), notText());
            case SLUG -> Arbitraries.oneOf(
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(61).ofMaxLength(400),
                    Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(s -> s + " " + s),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(s -> "-" + s),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(s -> s + "--" + s),
                    Arbitraries.of("../../etc/passwd", "wall_angels", "wäll-angels", "a/b", "%2e%2e", "wall-angels\u0000")).map(FieldKind::quoted);
            case ENUM -> Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 12).map(String::valueOf),
                    Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12).map(s -> quoted("NO_" + s)),
                    Arbitraries.of("\"monday\"", "\"strength\"", "\"\"", "true", "{}", "[\"MONDAY\"]"));
            case DATE -> Arbitraries.oneOf(
                    Arbitraries.integers().between(1000, 1899).map(y -> quoted(y + "-06-15")),
                    Arbitraries.integers().between(3000, 9999).map(y -> quoted(y + "-06-15")),
                    Arbitraries.of("\"+999999999-12-31\"", "\"-5000-01-01\"", "\"2026-13-01\"", "\"2026-02-30\"", "\"tomorrow\"", "20261120",
                            "\"2026-11-20T10:00:00Z\"", "\"\"", "true"));
            case INSTANT -> Arbitraries.oneOf(
                    Arbitraries.integers().between(1000, 1899).map(y -> quoted(y + "-06-15T10:00:00Z")),
                    Arbitraries.integers().between(3000, 9999).map(y -> quoted(y + "-06-15T10:00:00Z")),
                    Arbitraries.of("\"+999999999-12-31T23:59:59Z\"", "\"-5000-01-01T00:00:00Z\"", "\"2026-11-20\"", "\"yesterday\"",
                            "1763640000", "\"2026-11-20T25:00:00Z\"", "\"\"", "{}"));
            case TIME_ZONE -> Arbitraries.oneOf(
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(s -> quoted("Mars/" + s)),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(300).map(FieldKind::quoted),
                    Arbitraries.of("\"UTC+99\"", "\"../../etc/passwd\"", "\"Europe/Berlin\\u0000\"", "42", "\"\"", "[]"));
            case LOCAL_TIME -> Arbitraries.of("\"24:00\"", "\"12:60\"", "\"7:30\"", "\"noon\"", "\"18:30:00\"", "1830", "\"\"", "\"-1:00\"");
            case BOOLEAN, CURSOR -> throw new IllegalStateException(this + " is only a query parameter here");
        };
    }

    Arbitrary<String> inQuery(int min, int max) {
        return switch (this) {
            case NUMBER -> Arbitraries.oneOf(
                    Arbitraries.integers().between(-1_000_000, min - 1).map(String::valueOf),
                    Arbitraries.integers().between(max + 1, 1_000_000).map(String::valueOf),
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                    Arbitraries.of("4.7", "1e3", "9223372036854775808", "0x10", "5 5"));
            case ENUM -> Arbitraries.oneOf(
                    Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12).map(s -> "NO_" + s),
                    // Names are read case-insensitively and trimmed: "strength" is a name, "1" is not.
                    Arbitraries.of("1", "STRENGTH,MOBILITY", "\u0000", "STRENGTH!"));
            case DATE -> Arbitraries.oneOf(
                    Arbitraries.integers().between(1000, 1899).map(y -> y + "-06-15"),
                    Arbitraries.integers().between(3000, 9999).map(y -> y + "-06-15"),
                    Arbitraries.of("+999999999-12-31", "-5000-01-01", "2026-13-45", "tomorrow", "20261120", "2026-11-20T10:00:00Z"));
            case BOOLEAN -> Arbitraries.of("yes", "1", "on", "null", "truth");
            case TEXT -> Arbitraries.oneOf(
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(max + 1).ofMaxLength(max + 300),
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).flatMap(s ->
                            Arbitraries.of(CONTROLS).map(c -> s + c + s)));
            case CURSOR -> Arbitraries.oneOf(
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40),
                    Arbitraries.of("\u0000\u0001", "eyJpZCI6IjEifQ", "MjAyNi0xMS0yMHw", "%%%", "../.."));
            default -> throw new IllegalStateException(this + " is only a body field here");
        };
    }

    private static Arbitrary<String> tooLong(int max) {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(max + 1).ofMaxLength(max + 500).map(FieldKind::quoted);
    }

    private static Arbitrary<String> withControl(boolean multiline) {
        Arbitrary<Character> controls = multiline ? Arbitraries.of(CONTROLS) : Arbitraries.of(concat(CONTROLS, List.of('\n', '\r', '\t')));
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .flatMap(text -> controls.map(control -> quoted(text + control + text)));
    }

    private static Arbitrary<String> notText() {
        return Arbitraries.of("42", "true", "{}", "[\"a\"]", "4.7");
    }

    private static List<Character> concat(List<Character> a, List<Character> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A JSON string literal of the text, control characters escaped as JSON requires. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c < 0x20 ? "\\u%04x".formatted((int) c) : Character.toString(c));
            }
        }
        return json.append('"').toString();
    }
}
