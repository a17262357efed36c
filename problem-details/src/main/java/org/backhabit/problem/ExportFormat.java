package org.backhabit.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.function.Function;

/**
 * The one rule for an export's {@code ?format=}: json (the default) or csv (a {@link CsvTable}), both
 * as a download named {@code <baseName>.json|csv}; anything else is a 400 naming format.
 */
public final class ExportFormat {

    public static final String CSV = "text/csv";

    private ExportFormat() {
    }

    public static <T> Response answer(String format, T export, Function<T, String> csv, String baseName) {
        String chosen = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        Response.ResponseBuilder answer = switch (chosen) {
            case "json" -> Response.ok(export, MediaType.APPLICATION_JSON);
            case "csv" -> Response.ok(csv.apply(export), CSV + "; charset=UTF-8");
            default -> throw ProblemException.badRequest("format", "must be json or csv");
        };
        return answer.header("Content-Disposition", "attachment; filename=\"" + baseName + "." + chosen + "\"").build();
    }
}
