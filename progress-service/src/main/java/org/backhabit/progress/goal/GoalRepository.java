package org.backhabit.progress.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.history.GoalRow;

import java.time.Instant;

/** Writes a user's goal. */
@ApplicationScoped
public class GoalRepository {

    @Inject
    EntityManager em;

    public void save(String userId, Goal goal, Instant at) {
        GoalRow row = em.find(GoalRow.class, userId);
        boolean created = row == null;
        if (created) {
            row = new GoalRow();
            row.userId = userId;
        }
        row.sessionsPerWeek = goal.sessionsPerWeek();
        row.timeZone = goal.timeZone().getId();
        row.weekStartsOn = goal.weekStartsOn().name();
        row.updatedAt = at;
        if (created) {
            em.persist(row);
        }
        em.flush();
    }
}
