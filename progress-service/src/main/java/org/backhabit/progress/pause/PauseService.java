package org.backhabit.progress.pause;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.Pause;
import org.backhabit.progress.history.Generations;
import org.backhabit.progress.history.HistoryChanged;
import org.backhabit.progress.history.PauseRow;
import org.backhabit.progress.projection.WeekRollups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The pause flow: at most 14 days, never overlapping another of the same user. Adding or removing
 * one changes the user's history (rollups from its week on, prompts re-evaluated) and is announced
 * on {@code progress-pauses} after commit ({@link PausePublisher}).
 */
@ApplicationScoped
public class PauseService {

    @Inject
    PauseRepository pauses;
    @Inject
    WeekRollups rollups;
    @Inject
    Generations generations;
    @Inject
    Event<HistoryChanged> changed;
    @Inject
    Clock clock;
    @Inject
    Event<PauseChanged> announced;

    @Transactional
    public PauseView create(String userId, PauseRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > Pause.MAX_DAYS) {
            throw ProblemException.badRequest("to", "a pause lasts at most " + Pause.MAX_DAYS + " days");
        }
        if (pauses.overlapsAny(userId, request.from(), request.to())) {
            throw new ProblemException(Problem.validation("The pause overlaps another one.",
                    List.of(new Problem.Violation("from", "overlaps an existing pause"))).withStatus(409, "Conflict"));
        }
        PauseRow row = new PauseRow();
        row.id = UUID.randomUUID();
        row.userId = userId;
        row.fromDate = request.from();
        row.toDate = request.to();
        row.reason = request.reason().name();
        row.createdAt = clock.instant();
        pauses.add(row);
        changed(userId, row.fromDate);
        announced.fire(new PauseChanged(row.id, userId, row.fromDate, row.toDate, row.reason, row.createdAt));
        return PauseView.of(row);
    }

    @Transactional
    public List<PauseView> list(String userId) {
        return pauses.list(userId).stream().map(PauseView::of).toList();
    }

    @Transactional
    public void delete(String userId, UUID id) {
        PauseRow row = pauses.find(userId, id).orElseThrow(() -> ProblemException.notFound("No such pause."));
        pauses.remove(row);
        changed(userId, row.fromDate);
        announced.fire(new PauseChanged(id, userId, null, null, null, clock.instant()));
    }

    /** Streaks and scores change from the pause's week on; prompts may change too. */
    private void changed(String userId, LocalDate from) {
        for (int generation : generations.writeTargets()) {
            rollups.pausesChanged(generation, userId, from);
        }
        changed.fire(HistoryChanged.of(userId));
    }
}
