package org.backhabit.session.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV (RFC 4180) that is safe to open in a spreadsheet: a text cell starting with
 * {@code = + - @}, a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe (OWASP's advice on CSV injection); every text cell is quoted.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    public static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    public static String row(List<String> cells) {
        return cells.stream().collect(Collectors.joining(",")) + "\r\n";
    }
}
