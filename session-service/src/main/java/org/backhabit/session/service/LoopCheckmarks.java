package org.backhabit.session.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads Loop Habit Tracker's checkmarks CSV: a habit's own {@code Checkmarks.csv}
 * ({@code Date,Value[,Notes]}, or headerless {@code 2026-11-20,2}) or the export's overall
 * {@code Checkmarks.csv} ({@code Date,<habit>,<habit>,...}, one column chosen by name). Only a
 * check the person made (YES_MANUAL, 2) is a session; Loop's implicit YES_AUTO (1) fills the days
 * a less-than-daily habit did not need, and NO, UNKNOWN and SKIP are no session either.
 */
public final class LoopCheckmarks {

    /** A line of the file that cannot be read; {@code line} counts from 1. */
    public static final class BadLine extends RuntimeException {
        public final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final Map<String, Boolean> VALUES = Map.ofEntries(
            Map.entry("2", true), Map.entry("YES_MANUAL", true),
            Map.entry("1", false), Map.entry("YES_AUTO", false),
            Map.entry("0", false), Map.entry("NO", false),
            Map.entry("-1", false), Map.entry("UNKNOWN", false),
            Map.entry("3", false), Map.entry("SKIP", false));

    private LoopCheckmarks() {
    }

    /**
     * @param habit the column to read from an overall file with several habits; may be null otherwise
     * @param today the importer's today: a check on a later day is a bad line
     * @return the days checked, oldest first
     * @throws BadLine naming the first line that cannot be read
     */
    public static SortedSet<LocalDate> checkedDays(String csv, String habit, LocalDate today) {
        String[] lines = csv.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        SortedSet<LocalDate> days = new TreeSet<>();
        int column = 1;
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw new BadLine(1, "the file has no checkmarks");
        }
        List<String> head = cells(lines[first], first + 1);
        if (head.get(0).trim().equalsIgnoreCase("Date")) {
            column = valueColumn(head, habit, first + 1);
            first++;
        }
        for (int i = first; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> cells = cells(lines[i], lineNo);
            if (cells.size() <= column) {
                throw new BadLine(lineNo, "expected a date and a value, found " + cells.size() + " cell(s)");
            }
            LocalDate day = date(cells.get(0).trim(), lineNo);
            if (day.isAfter(today)) {
                throw new BadLine(lineNo, "the date " + day + " is in the future");
            }
            String value = cells.get(column).trim().toUpperCase(Locale.ROOT);
            Boolean checked = VALUES.get(value);
            if (checked == null) {
                throw new BadLine(lineNo, "'" + cells.get(column).trim() + "' is not a Loop checkmark (YES_MANUAL, YES_AUTO, NO, UNKNOWN, SKIP or 2, 1, 0, -1, 3)");
            }
            if (checked) {
                days.add(day);
            }
        }
        return days;
    }

    private static int valueColumn(List<String> head, String habit, int lineNo) {
        List<String> names = head.subList(1, head.size()).stream().map(String::trim).toList();
        if (names.isEmpty() || names.size() == 1 && names.get(0).isEmpty()) {
            throw new BadLine(lineNo, "the header names no value column");
        }
        if (names.get(0).equalsIgnoreCase("Value")) {
            return 1;
        }
        List<String> habits = names.stream().filter(n -> !n.isEmpty()).toList();
        if (habit == null) {
            if (habits.size() == 1) {
                return 1 + names.indexOf(habits.get(0));
            }
            throw new BadLine(lineNo, "the file has several habits " + habits + ": choose one with ?habit=");
        }
        int index = names.indexOf(habit);
        if (index < 0) {
            throw new BadLine(lineNo, "no habit column '" + habit + "'; the file has " + habits);
        }
        return 1 + index;
    }

    private static LocalDate date(String text, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new BadLine(lineNo, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** One CSV record on one line (RFC 4180 quoting; Loop's notes may contain commas and quotes). */
    static List<String> cells(String line, int lineNo) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new BadLine(lineNo, "a quoted cell is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
