package org.backhabit.progress.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.DashboardFigures;
import org.backhabit.progress.domain.UserHistory;
import org.backhabit.progress.domain.WeekSummary;
import org.backhabit.progress.domain.WeeklyConsistency;
import org.backhabit.progress.history.HistoryLoader;
import org.backhabit.progress.prompt.PromptStore;
import org.backhabit.progress.prompt.PromptView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Dashboards and weekly rows, computed from the stored facts in the user's goal time zone. Read
 * only: prompts are raised elsewhere (prompt/), a dashboard shows those still standing.
 */
@ApplicationScoped
public class DashboardService {

    @Inject
    HistoryLoader loader;
    @Inject
    PromptStore prompts;
    @Inject
    Clock clock;

    /** @param language what the prompts are worded in */
    @Transactional
    public Dashboard dashboard(String userId, int weeks, String language) {
        DashboardFigures figures = DashboardCalculator.compute(loader.load(userId), clock, weeks);
        List<PromptView> current = prompts.current(userId, figures.prompts()).stream().map(p -> PromptView.of(p, language)).toList();
        return Dashboard.of(figures, current, clock.instant());
    }

    @Transactional
    public List<WeekSummary> weeks(String userId, LocalDate from, LocalDate to) {
        UserHistory history = loader.load(userId);
        return WeeklyConsistency.weeks(history.facts(), history.goal(), history.pauses(), from, to);
    }
}
