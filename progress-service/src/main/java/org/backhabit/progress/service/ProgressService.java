package org.backhabit.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.problem.Params;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.DashboardCalculator;
import org.backhabit.progress.domain.DashboardFigures;
import org.backhabit.progress.domain.UserHistory;
import org.backhabit.progress.domain.WeekSummary;
import org.backhabit.progress.domain.WeeklyConsistency;
import org.backhabit.progress.model.Dashboard;
import org.backhabit.progress.model.PromptView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Dashboards and weekly rows, computed from the stored facts in the user's goal time zone. */
@ApplicationScoped
public class ProgressService {

    @Inject
    HistoryLoader loader;
    @Inject
    PromptService prompts;
    @Inject
    Clock clock;

    /** @param language what the prompts are worded in */
    @Transactional
    public Dashboard dashboard(String userId, int weeks, String language) {
        DashboardFigures figures = DashboardCalculator.compute(loader.load(userId), clock, weeks);
        List<PromptView> current = prompts.record(userId, figures.prompts()).stream().map(p -> PromptView.of(p, language)).toList();
        return Dashboard.of(figures, current, clock.instant());
    }

    /** Re-evaluates the prompt rules after a change (an event, a pause) so prompts are raised without a dashboard read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshPrompts(String userId) {
        prompts.record(userId, DashboardCalculator.compute(loader.load(userId), clock, 1).prompts());
    }

    /** The weeks of a range given as query parameters: both dates required, in order, at most 5 years apart. */
    @Transactional
    public List<WeekSummary> weeks(String userId, String from, String to) {
        LocalDate start = Params.requiredDate("from", from);
        LocalDate end = Params.requiredDate("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (end.isAfter(start.plusYears(5))) {
            throw ProblemException.badRequest("to", "the range may span at most 5 years");
        }
        return weeks(userId, start, end);
    }

    @Transactional
    public List<WeekSummary> weeks(String userId, LocalDate from, LocalDate to) {
        UserHistory history = loader.load(userId);
        return WeeklyConsistency.weeks(history.facts(), history.goal(), history.pauses(), from, to);
    }
}
