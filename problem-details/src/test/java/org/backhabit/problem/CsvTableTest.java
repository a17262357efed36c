package org.backhabit.problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTableTest {

    @Test
    void aRowFillsItsOwnColumnsAndLeavesTheOthersEmpty() {
        CsvTable table = new CsvTable(List.of("id", "from", "count", "areas"));
        table.row("PAUSE").put("id", "p-1").put("from", LocalDate.of(2026, 11, 16));
        table.row("WEEK").put("count", -2).put("areas", List.of("NECK", "UPPER_BACK"));
        assertEquals("\"record\",\"id\",\"from\",\"count\",\"areas\"\r\n"
                + "\"PAUSE\",\"p-1\",\"2026-11-16\",,\r\n"
                + "\"WEEK\",,,-2,\"NECK UPPER_BACK\"\r\n", table.write());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertEquals("\"'" + start + "1+1\"", CsvTable.text(start + "1+1"), "starting with " + start.replace("\t", "tab").replace("\r", "CR"));
        }
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", CsvTable.text("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("\"plain, text\"", CsvTable.text("plain, text"));
        assertEquals("", CsvTable.text(null));
    }

    @Test
    void anUnknownColumnIsAProgrammingError() {
        CsvTable table = new CsvTable(List.of("id"));
        assertThrows(IllegalArgumentException.class, () -> table.row("X").put("record", "again"));
        assertThrows(IllegalArgumentException.class, () -> table.row("X").put("nope", 1));
    }
}
