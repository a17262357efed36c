package org.backhabit.progress.history;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals, so one statement can carry a whole batch of values
 * ({@code unnest(CAST(?1 AS text[]))}) instead of one round trip per value.
 */
public final class PgArrays {

    private PgArrays() {
    }

    /**
     * Every element quoted, with backslashes and double quotes escaped, so any text is carried
     * unchanged; a null element is SQL NULL.
     */
    public static String literal(Collection<?> values) {
        return values.stream()
                .map(v -> v == null ? "NULL" : '"' + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** One column of a batch of rows: {@link #literal} of {@code value} taken from each row, in order. */
    public static <T> String column(Collection<T> rows, Function<? super T, ?> value) {
        return literal(rows.stream().map(value).toList());
    }
}
