package org.backhabit.progress.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.DashboardFigures;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.WeekCalendar;
import org.backhabit.progress.domain.WeekSummary;
import org.backhabit.progress.domain.WeeklyConsistency;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.history.ProgressLoader;
import org.backhabit.progress.prompt.PromptStore;
import org.backhabit.progress.prompt.PromptView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Dashboards and weekly rows in the user's goal time zone, from the weekly rollups and the last
 * 28 days' facts, so a read costs the same for a long history as for a short one. Read only:
 * prompts are raised elsewhere (prompt/), a dashboard shows those still standing.
 */
@ApplicationScoped
public class DashboardService {

    @Inject
    HistoryLoader history;
    @Inject
    ProgressLoader progress;
    @Inject
    PromptStore prompts;
    @Inject
    Clock clock;

    /** @param language what the prompts are worded in */
    @Transactional
    public Dashboard dashboard(String userId, int weeks, String language) {
        DashboardFigures figures = figures(userId, weeks);
        List<PromptView> current = prompts.current(userId, figures.prompts()).stream().map(p -> PromptView.of(p, language)).toList();
        return Dashboard.of(figures, current, clock.instant());
    }

    /** Every figure of the dashboard as of now. */
    @Transactional
    public DashboardFigures figures(String userId, int weeks) {
        Goal goal = history.goal(userId);
        LocalDate today = WeekCalendar.today(clock, goal.timeZone());
        return DashboardCalculator.compute(progress.state(userId, goal, today, weeks), today, weeks);
    }

    @Transactional
    public List<WeekSummary> weeks(String userId, LocalDate from, LocalDate to) {
        Goal goal = history.goal(userId);
        LocalDate first = WeekCalendar.weekStart(from, goal.weekStartsOn());
        LocalDate last = WeekCalendar.weekStart(to, goal.weekStartsOn());
        return WeeklyConsistency.weeks(progress.weeks(userId, first, last), goal, history.pauses(userId), first, last);
    }
}
