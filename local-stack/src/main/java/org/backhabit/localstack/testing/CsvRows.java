package org.backhabit.localstack.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an export's CSV table back (RFC 4180: quoted cells, doubled quotes, CRLF between rows) into
 * one map per row, keyed by the header's column names, so a test can assert values by name.
 * The cells are returned as written: an escaped formula keeps its leading apostrophe.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<Map<String, String>> read(String csv) {
        List<List<String>> records = records(csv);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new AssertionError("a row of " + record.size() + " cells under a header of " + header.size() + ": " + record);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows whose {@code record} column is {@code kind}. */
    public static List<Map<String, String>> ofKind(List<Map<String, String>> rows, String kind) {
        return rows.stream().filter(r -> kind.equals(r.get("record"))).toList();
    }

    /** The one row of that kind; fails when there is none or more than one. */
    public static Map<String, String> only(List<Map<String, String>> rows, String kind) {
        List<Map<String, String>> ofKind = ofKind(rows, kind);
        if (ofKind.size() != 1) {
            throw new AssertionError("expected one " + kind + " row, got " + ofKind);
        }
        return ofKind.get(0);
    }

    /** The row's cells in the given columns, to compare with a list of expected values. */
    public static List<String> values(Map<String, String> row, String... columns) {
        return java.util.Arrays.stream(columns).map(row::get).toList();
    }

    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (quoted || cell.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the CSV does not end with a complete row");
        }
        return records;
    }
}
