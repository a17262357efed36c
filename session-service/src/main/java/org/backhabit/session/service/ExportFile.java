package org.backhabit.session.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.backhabit.events.vocabulary.BodyArea;
import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.problem.ImportFile;
import org.backhabit.problem.ImportFile.Line;
import org.backhabit.problem.ImportProblems;
import org.backhabit.session.model.ExerciseEntry;
import org.backhabit.session.model.SessionExport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * This service's own JSON export, read back with the line each session and check-in starts on.
 * Fields the import does not need (localDate, recordedAt ...) are ignored: they are derived again.
 */
final class ExportFile {

    record ImportedSession(UUID id, Integer revision, String routineSlug, List<ExerciseEntry> exercises, OffsetDateTime completedAt,
                           String timeZone, String kind, Integer durationMinutes, Integer painBefore, Integer painAfter, Integer effort,
                           String notes) {
    }

    record ImportedCheckIn(UUID id, OffsetDateTime at, String timeZone, Integer painLevel, Set<BodyArea> areas,
                           Set<RedFlag> redFlags) {
    }

    final List<Line<ImportedSession>> sessions = new ArrayList<>();
    final List<Line<ImportedCheckIn>> checkIns = new ArrayList<>();
    private String format;

    private ExportFile() {
    }

    /** @throws org.backhabit.problem.ProblemException 400 naming the line of the first thing that cannot be read */
    static ExportFile read(ObjectMapper mapper, byte[] body) {
        ExportFile file = new ExportFile();
        new ImportFile(mapper).text("format", format -> file.format = format)
                .array("sessions", ImportedSession.class, file.sessions)
                .array("checkIns", ImportedCheckIn.class, file.checkIns)
                .read(body);
        if (!SessionExport.FORMAT.equals(file.format)) {
            throw ImportProblems.atLine(1, "format", "must be \"" + SessionExport.FORMAT + "\" (a file from GET /me/export?format=json)");
        }
        return file;
    }
}
