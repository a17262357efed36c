package org.backhabit.progress.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.goal.GoalService;
import org.backhabit.progress.goal.GoalView;
import org.backhabit.progress.prompt.PromptRaised;
import org.backhabit.progress.prompt.PromptRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A clinician's recommendations. The clinician never changes the person's data: a recommendation
 * is stored and shown to the person as a prompt (and delivered like any prompt); only the person's
 * acceptance sets their goal.
 */
@ApplicationScoped
public class Recommendations {

    static final String PROMPT_TYPE = "CLINICIAN_RECOMMENDATION";
    private static final String PROMPT_SEVERITY = "INFO";
    private static final String PROMPT_TITLE = "Your clinician has a recommendation";

    @Inject
    EntityManager em;
    @Inject
    GoalService goals;
    @Inject
    PromptRepository prompts;
    @Inject
    Event<PromptRaised> raised;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public RecommendationView recommend(String clinicianId, String patientId, RecommendationRequest request) {
        if (request.routineSlug() == null && request.sessionsPerWeek() == null) {
            throw ProblemException.badRequest("routineSlug", "recommend a routine, a weekly goal, or both");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("""
                        INSERT INTO recommendation (id, user_id, clinician_id, routine_slug, sessions_per_week, message, state, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7)""")
                .setParameter(1, id).setParameter(2, patientId).setParameter(3, clinicianId).setParameter(4, request.routineSlug())
                .setParameter(5, request.sessionsPerWeek()).setParameter(6, request.message()).setParameter(7, now).executeUpdate();
        PromptRaised prompt = new PromptRaised(UUID.randomUUID(), patientId, PROMPT_TYPE, PROMPT_SEVERITY, PROMPT_TITLE, wording(request), now);
        prompts.insert(prompt, id.toString(), null, null);
        // Delivered like every other prompt: published (sealed) on progress-prompts once this transaction commits.
        raised.fire(prompt);
        return find(patientId, id);
    }

    @Transactional
    public List<RecommendationView> list(String patientId) {
        return query("user_id = ?1 ORDER BY created_at DESC", patientId, null);
    }

    /** Accepting sets the weekly goal to the recommended one (if any); either decision dismisses the prompt. */
    @Transactional
    public RecommendationView decide(String patientId, UUID id, boolean accept) {
        RecommendationView current = find(patientId, id);
        if (!current.state().equals("PENDING")) {
            throw ProblemException.conflict("This recommendation was " + current.state().toLowerCase() + " already.");
        }
        Instant now = clock.instant();
        if (accept && current.sessionsPerWeek() != null) {
            // Through the goal's own rules, so the weekly rollups and prompts follow the new goal.
            Goal goal = goals.goal(patientId);
            goals.change(patientId, new GoalView(current.sessionsPerWeek(), goal.timeZone().getId(), goal.weekStartsOn().name()));
        }
        em.createNativeQuery("UPDATE recommendation SET state = ?3, decided_at = ?4 WHERE id = ?1 AND user_id = ?2")
                .setParameter(1, id).setParameter(2, patientId).setParameter(3, accept ? "ACCEPTED" : "IGNORED").setParameter(4, now)
                .executeUpdate();
        em.createNativeQuery("UPDATE prompt SET dismissed_at = coalesce(dismissed_at, ?3) WHERE user_id = ?1 AND type = ?4 AND period_key = ?2")
                .setParameter(1, patientId).setParameter(2, id.toString()).setParameter(3, now).setParameter(4, PROMPT_TYPE).executeUpdate();
        return find(patientId, id);
    }

    private RecommendationView find(String patientId, UUID id) {
        return query("user_id = ?1 AND id = ?2", patientId, id).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No recommendation " + id + "."));
    }

    private List<RecommendationView> query(String where, String patientId, UUID id) {
        var q = em.createNativeQuery("SELECT id, clinician_id, routine_slug, sessions_per_week, message, state, created_at, decided_at "
                + "FROM recommendation WHERE " + where).setParameter(1, patientId);
        if (id != null) {
            q.setParameter(2, id);
        }
        return ((List<?>) q.getResultList()).stream().map(r -> (Object[]) r).map(r -> new RecommendationView((UUID) r[0], (String) r[1],
                (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], (String) r[5], Shares.utc(r[6]),
                Shares.utc(r[7]))).toList();
    }

    private static String wording(RecommendationRequest r) {
        StringBuilder text = new StringBuilder();
        if (r.routineSlug() != null) {
            text.append("Routine: ").append(r.routineSlug()).append(". ");
        }
        if (r.sessionsPerWeek() != null) {
            text.append("Weekly goal: ").append(r.sessionsPerWeek()).append(" active days. ");
        }
        if (r.message() != null && !r.message().isBlank()) {
            text.append(r.message().strip());
        }
        return text.toString().strip() + " Accept or ignore it under your recommendations.";
    }
}
