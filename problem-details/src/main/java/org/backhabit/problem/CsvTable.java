package org.backhabit.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one shape of every CSV export: a single table whose first column, {@code record}, says what
 * kind of record a row is (SESSION, PAUSE, DELIVERY, ...); the other columns are the union of the
 * kinds' fields, empty where a kind has no such field. Written as RFC 4180 and safe to open in a
 * spreadsheet: a text cell starting with {@code = + - @}, a tab or a carriage return would be read
 * as a formula, so it gets a leading apostrophe (OWASP's advice on CSV injection); every text cell
 * is quoted, numbers and booleans are not.
 */
public final class CsvTable {

    public static final String RECORD = "record";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    /** @param columns every column after {@code record}, in order */
    public CsvTable(List<String> columns) {
        this.columns = new ArrayList<>(columns.size() + 1);
        this.columns.add(RECORD);
        this.columns.addAll(columns);
    }

    /** Starts a row of the given kind; fill it with {@link Row#put}. */
    public Row row(String record) {
        Row row = new Row(record);
        rows.add(row);
        return row;
    }

    /** The header line, then every row, each ended by CRLF. */
    public String write() {
        StringBuilder out = new StringBuilder(line(columns.stream().map(CsvTable::text).toList()));
        rows.forEach(row -> out.append(line(row.cells)));
        return out.toString();
    }

    /** A text cell: quoted, with a formula-like start defused. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** Numbers and booleans bare, collections joined by spaces, anything else (dates, ids, enums) as text. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return text(items.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        return text(value.toString());
    }

    private static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    /** One row; a column not put stays empty. */
    public final class Row {

        private final List<String> cells;

        private Row(String record) {
            cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                cells.add("");
            }
            cells.set(0, text(record));
        }

        public Row put(String column, Object value) {
            int index = columns.indexOf(column);
            if (index <= 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells.set(index, cell(value));
            return this;
        }
    }
}
