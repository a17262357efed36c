package org.backhabit.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.session.model.CheckInView;
import org.backhabit.session.model.SessionExport;
import org.backhabit.session.model.SessionView;
import org.backhabit.session.repository.CheckInRepository;
import org.backhabit.session.repository.JsonColumns;
import org.backhabit.session.repository.SessionRepository;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.backhabit.session.service.CsvCells.number;
import static org.backhabit.session.service.CsvCells.text;

/** The caller's complete data, as JSON (importable again) or as one spreadsheet-safe CSV table. */
@ApplicationScoped
public class ExportService {

    static final List<String> CSV_COLUMNS = List.of("record", "id", "revision", "routineSlug", "kind", "exercises", "at", "timeZone",
            "localDate", "durationMinutes", "painBefore", "painAfter", "effort", "notes", "painLevel", "areas", "redFlags", "recordedAt");

    @Inject
    SessionRepository sessions;
    @Inject
    CheckInRepository checkIns;
    @Inject
    SessionService sessionViews;
    @Inject
    CheckInService checkInViews;
    @Inject
    JsonColumns json;
    @Inject
    Clock clock;

    @Transactional
    public SessionExport export(String userId) {
        List<SessionView> allSessions = sessions.list("userId = ?1 order by completedAt, id", userId).stream().map(sessionViews::view).toList();
        List<CheckInView> allCheckIns = checkIns.list("userId = ?1 order by at, id", userId).stream().map(checkInViews::view).toList();
        return new SessionExport(SessionExport.FORMAT, SessionExport.VERSION, userId, clock.instant().atOffset(ZoneOffset.UTC),
                allSessions, allCheckIns);
    }

    public String csv(SessionExport export) {
        StringBuilder out = new StringBuilder(CsvCells.row(CSV_COLUMNS.stream().map(CsvCells::text).toList()));
        for (SessionView s : export.sessions()) {
            out.append(CsvCells.row(List.of(text("SESSION"), text(s.id().toString()), number(s.revision()), text(s.routineSlug()),
                    text(s.kind()), text(s.exercises().isEmpty() ? null : json.write(s.exercises())), text(s.completedAt().toString()),
                    text(s.timeZone()), text(s.localDate().toString()), number(s.durationMinutes()), number(s.painBefore()),
                    number(s.painAfter()), number(s.effort()), text(s.notes()), "", "", "", text(s.recordedAt().toString()))));
        }
        for (CheckInView c : export.checkIns()) {
            out.append(CsvCells.row(List.of(text("CHECK_IN"), text(c.id().toString()), "", "", "", "", text(c.at().toString()),
                    text(c.timeZone()), text(c.localDate().toString()), "", "", "", "", "", number(c.painLevel()),
                    text(String.join(" ", c.areas())), text(String.join(" ", c.redFlags())), text(c.recordedAt().toString()))));
        }
        return out.toString();
    }
}
