package org.backhabit.session.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.problem.CsvTable;
import org.backhabit.session.model.CheckInView;
import org.backhabit.session.model.SessionExport;
import org.backhabit.session.model.SessionView;
import org.backhabit.session.repository.CheckInRepository;
import org.backhabit.session.repository.JsonColumns;
import org.backhabit.session.repository.SessionRepository;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The caller's complete data, as JSON (importable again) or as one spreadsheet-safe CSV table. */
@ApplicationScoped
public class ExportService {

    static final List<String> CSV_COLUMNS = List.of("id", "revision", "routineSlug", "kind", "exercises", "at", "timeZone",
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
        CsvTable table = new CsvTable(CSV_COLUMNS);
        for (SessionView s : export.sessions()) {
            table.row("SESSION").put("id", s.id()).put("revision", s.revision()).put("routineSlug", s.routineSlug()).put("kind", s.kind())
                    .put("exercises", s.exercises().isEmpty() ? null : json.write(s.exercises())).put("at", s.completedAt())
                    .put("timeZone", s.timeZone()).put("localDate", s.localDate()).put("durationMinutes", s.durationMinutes())
                    .put("painBefore", s.painBefore()).put("painAfter", s.painAfter()).put("effort", s.effort()).put("notes", s.notes())
                    .put("recordedAt", s.recordedAt());
        }
        for (CheckInView c : export.checkIns()) {
            table.row("CHECK_IN").put("id", c.id()).put("at", c.at()).put("timeZone", c.timeZone()).put("localDate", c.localDate())
                    .put("painLevel", c.painLevel()).put("areas", c.areas()).put("redFlags", c.redFlags()).put("recordedAt", c.recordedAt());
        }
        return table.write();
    }
}
