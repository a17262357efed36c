package org.backhabit.progress.export;

import org.backhabit.events.EventJson;
import org.backhabit.problem.CsvTable;
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
import org.backhabit.progress.domain.PromptWording;
import org.backhabit.progress.prompt.PromptStore;
import org.backhabit.progress.prompt.PromptView;
import org.backhabit.progress.share.AccessLog;
import org.backhabit.progress.share.Recommendations;
import org.backhabit.progress.share.Shares;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Everything held for a user, as JSON or as one CSV table. */
@ApplicationScoped
public class ExportService {

    /** The union of the record kinds' fields; a field several kinds have (id, at, timeZone, state ...) is one column. */
    static final List<String> CSV_COLUMNS = List.of("id", "sessionsPerWeek", "timeZone", "weekStartsOn", "from", "to", "reason",
            "weekStart", "sessions", "activeDays", "strengthSessions", "minutes", "goalMet", "paused", "avgPainBefore", "avgPainAfter",
            "revision", "routineSlug", "kind", "exerciseSlugs", "at", "localDate", "durationMinutes", "painBefore", "painAfter", "effort",
            "painLevel", "redFlags", "type", "severity", "messageKey", "params", "title", "message", "createdAt", "dismissedAt",
            "clinicianId", "inviteCode", "scope", "expiresAt", "revokedAt", "state", "decidedAt", "what");

    @Inject
    HistoryLoader loader;
    @Inject
    HistoryRepository history;
    @Inject
    Generations generations;
    @Inject
    PauseService pauses;
    @Inject
    PromptStore prompts;
    @Inject
    Shares shares;
    @Inject
    Recommendations recommendations;
    @Inject
    AccessLog accessLog;
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
        List<PromptView> promptViews = prompts.all(userId).stream().map(p -> PromptView.of(p, PromptWording.ENGLISH)).toList();
        return new ExportDocument(userId, GoalView.of(user.goal()), weeks, sessions, checkIns, pauseViews, promptViews,
                shares.list(userId), recommendations.list(userId), accessLog.all(userId), clock.instant());
    }

    /** Everything the JSON holds, as one {@link CsvTable}: a row per goal, pause, week, session, check-in, prompt, share, recommendation and read. */
    public String csv(ExportDocument export) {
        CsvTable table = new CsvTable(CSV_COLUMNS);
        GoalView goal = export.goal();
        table.row("GOAL").put("sessionsPerWeek", goal.sessionsPerWeek()).put("timeZone", goal.timeZone()).put("weekStartsOn", goal.weekStartsOn());
        export.pauses().forEach(p -> table.row("PAUSE").put("id", p.id()).put("from", p.from()).put("to", p.to()).put("reason", p.reason()));
        export.weeks().forEach(w -> table.row("WEEK").put("weekStart", w.weekStart()).put("sessions", w.sessions())
                .put("activeDays", w.activeDays()).put("strengthSessions", w.strengthSessions()).put("minutes", w.minutes())
                .put("goalMet", w.goalMet()).put("paused", w.paused()).put("avgPainBefore", w.avgPainBefore()).put("avgPainAfter", w.avgPainAfter()));
        export.sessions().forEach(s -> table.row("SESSION").put("id", s.sessionId()).put("revision", s.revision())
                .put("routineSlug", s.routineSlug()).put("kind", s.kind()).put("exerciseSlugs", s.exerciseSlugs()).put("at", s.completedAt())
                .put("timeZone", s.timeZone()).put("localDate", s.localDate()).put("durationMinutes", s.durationMinutes())
                .put("painBefore", s.painBefore()).put("painAfter", s.painAfter()).put("effort", s.effort()));
        export.checkIns().forEach(c -> table.row("CHECK_IN").put("id", c.checkInId()).put("at", c.at()).put("timeZone", c.timeZone())
                .put("localDate", c.localDate()).put("painLevel", c.painLevel()).put("redFlags", c.redFlags()));
        export.prompts().forEach(p -> table.row("PROMPT").put("id", p.id()).put("type", p.type()).put("severity", p.severity())
                .put("messageKey", p.messageKey()).put("params", p.params().isEmpty() ? null : EventJson.write(p.params()))
                .put("title", p.title()).put("message", p.message()).put("createdAt", p.createdAt()).put("dismissedAt", p.dismissedAt()));
        export.shares().forEach(s -> table.row("SHARE").put("id", s.id()).put("clinicianId", s.clinicianId()).put("inviteCode", s.inviteCode())
                .put("scope", s.scope()).put("createdAt", s.createdAt()).put("expiresAt", s.expiresAt()).put("revokedAt", s.revokedAt())
                .put("state", s.state()));
        export.recommendations().forEach(r -> table.row("RECOMMENDATION").put("id", r.id()).put("clinicianId", r.clinicianId())
                .put("routineSlug", r.routineSlug()).put("sessionsPerWeek", r.sessionsPerWeek()).put("message", r.message())
                .put("state", r.state()).put("createdAt", r.createdAt()).put("decidedAt", r.decidedAt()));
        export.accessLog().forEach(a -> table.row("ACCESS").put("clinicianId", a.clinicianId()).put("what", a.what()).put("at", a.at()));
        return table.write();
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
