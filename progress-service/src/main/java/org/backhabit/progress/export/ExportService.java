package org.backhabit.progress.export;

import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.pause.PauseService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.UserHistory;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.domain.WeekSummary;
import org.backhabit.progress.goal.GoalView;
import org.backhabit.progress.pause.PauseView;
import org.backhabit.progress.history.Generations;
import org.backhabit.progress.history.HistoryRepository;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every week and every session fact held for a user, as JSON or CSV. */
@ApplicationScoped
public class ExportService {

    private static final String CSV_HEADER = "record,weekStart,sessions,activeDays,strengthSessions,minutes,goalMet,paused,"
            + "sessionId,revision,routineSlug,kind,completedAt,timeZone,localDate,durationMinutes,painBefore,painAfter,effort";

    @Inject
    HistoryLoader loader;
    @Inject
    HistoryRepository history;
    @Inject
    Generations generations;
    @Inject
    PauseService pauses;
    @Inject
    Clock clock;

    @Transactional
    public ExportDocument export(String userId) {
        UserHistory user = loader.load(userId);
        int generation = generations.active();
        List<WeekSummary> weeks = DashboardCalculator.allWeeks(user, WeekCalendar.today(clock, user.goal().timeZone()));
        List<ExportDocument.SessionRow> sessions = history.liveSessions(userId, generation).stream()
                .map(f -> new ExportDocument.SessionRow(f.sessionId, f.revision, f.routineSlug, f.kind, split(f.exerciseSlugs),
                        f.completedAt, f.timeZone, f.localDate, f.durationMinutes, f.painBefore, f.painAfter, f.effort))
                .toList();
        List<ExportDocument.CheckInRow> checkIns = history.checkIns(userId, generation).stream()
                .map(c -> new ExportDocument.CheckInRow(c.checkInId, c.at, c.timeZone, c.localDate, c.painLevel, split(c.redFlags)))
                .toList();
        List<PauseView> pauseViews = pauses.list(userId);
        return new ExportDocument(userId, GoalView.of(user.goal()), weeks, sessions, checkIns, pauseViews, clock.instant());
    }

    /** One table: a row per week, then a row per session, told apart by the first column. */
    public String csv(ExportDocument export) {
        Stream<String> weeks = export.weeks().stream().map(w -> String.join(",", "week", w.weekStart().toString(),
                str(w.sessions()), str(w.activeDays()), str(w.strengthSessions()), str(w.minutes()), str(w.goalMet()), str(w.paused()),
                "", "", "", "", "", "", "", "", "", "", ""));
        Stream<String> sessions = export.sessions().stream().map(s -> String.join(",", "session", "", "", "", "", "", "", "",
                str(s.sessionId()), str(s.revision()), str(s.routineSlug()), str(s.kind()), str(s.completedAt()), str(s.timeZone()),
                str(s.localDate()), str(s.durationMinutes()), str(s.painBefore()), str(s.painAfter()), str(s.effort())));
        return Stream.concat(Stream.of(CSV_HEADER), Stream.concat(weeks, sessions)).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** Values here are slugs, enums, numbers, dates and zone ids: none needs CSV quoting. */
    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
