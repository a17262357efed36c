package org.backhabit.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.Pause;
import org.backhabit.progress.event.PauseChanged;
import org.backhabit.progress.model.PauseRequest;
import org.backhabit.progress.model.PauseView;
import org.backhabit.progress.repository.PauseRow;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Pauses: at most 14 days, never overlapping another of the same user. */
@ApplicationScoped
public class PauseService {

    @Inject
    EntityManager em;
    @Inject
    ProgressService progress;
    @Inject
    Clock clock;
    @Inject
    Event<PauseChanged> changed;

    @Transactional
    public PauseView create(String userId, PauseRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > Pause.MAX_DAYS) {
            throw ProblemException.badRequest("to", "a pause lasts at most " + Pause.MAX_DAYS + " days");
        }
        boolean overlaps = !em.createQuery("from PauseRow where userId = ?1 and fromDate <= ?3 and toDate >= ?2", PauseRow.class)
                .setParameter(1, userId).setParameter(2, request.from()).setParameter(3, request.to())
                .setMaxResults(1).getResultList().isEmpty();
        if (overlaps) {
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
        em.persist(row);
        em.flush();
        progress.refreshPrompts(userId);
        changed.fire(new PauseChanged(row.id, userId, row.fromDate, row.toDate, row.reason, row.createdAt));
        return PauseView.of(row);
    }

    @Transactional
    public List<PauseView> list(String userId) {
        return em.createQuery("from PauseRow where userId = ?1 order by fromDate", PauseRow.class)
                .setParameter(1, userId).getResultStream().map(PauseView::of).toList();
    }

    @Transactional
    public void delete(String userId, UUID id) {
        PauseRow row = em.find(PauseRow.class, id);
        if (row == null || !row.userId.equals(userId)) {
            throw ProblemException.notFound("No such pause.");
        }
        em.remove(row);
        changed.fire(new PauseChanged(id, userId, null, null, null, clock.instant()));
    }
}
