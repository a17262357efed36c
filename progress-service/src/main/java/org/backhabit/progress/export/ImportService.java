package org.backhabit.progress.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.backhabit.problem.ImportFile;
import org.backhabit.problem.ImportFile.Line;
import org.backhabit.problem.ImportProblems;
import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;
import org.backhabit.progress.goal.GoalService;
import org.backhabit.progress.goal.GoalView;
import org.backhabit.progress.pause.PauseRequest;
import org.backhabit.progress.pause.PauseService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Takes progress's own JSON export back: the goal and the pauses, which only the person set here.
 * Sessions and check-ins come back through session-service's import (they are projections of its
 * events), prompts are raised again by the rules, shares are not brought back (a share is a
 * decision to make anew). All or nothing: a bad line rolls everything back and is named.
 */
@ApplicationScoped
public class ImportService {

    /** A pause as the export lists it. */
    record ImportedPause(UUID id, java.time.LocalDate from, java.time.LocalDate to, PauseRequest.Reason reason) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    GoalService goals;
    @Inject
    PauseService pauses;

    @Transactional
    public ImportReport importExport(String userId, byte[] body) {
        List<Line<GoalView>> goal = new ArrayList<>();
        List<Line<ImportedPause>> imported = new ArrayList<>();
        new ImportFile(mapper).object("goal", GoalView.class, goal::add).array("pauses", ImportedPause.class, imported).read(body);
        ImportProblems problems = new ImportProblems();
        for (Line<ImportedPause> line : imported) {
            if (line.value().id() == null) {
                problems.add(line.line(), line.path() + ".id", "must not be null");
            }
            for (ConstraintViolation<PauseRequest> v : validator.validate(request(line.value()))) {
                problems.add(line.line(), line.path() + "." + v.getPropertyPath(), v.getMessage());
            }
        }
        problems.throwIfAny();
        // The rules of each change (goal limits, pause length, overlaps) are the flows' own; the first refusal rolls all back.
        boolean goalChanged = !goal.isEmpty() && atLine(goal.get(0), () -> changeGoal(userId, goal.get(0).value()));
        int added = 0;
        for (Line<ImportedPause> line : imported) {
            if (atLine(line, () -> pauses.restore(userId, line.value().id(), request(line.value())))) {
                added++;
            }
        }
        return new ImportReport(goalChanged, added, imported.size() - added);
    }

    private static PauseRequest request(ImportedPause p) {
        return new PauseRequest(p.from(), p.to(), p.reason());
    }

    private boolean changeGoal(String userId, GoalView imported) {
        if (GoalView.of(goals.goal(userId)).equals(imported)) {
            return false;
        }
        goals.change(userId, imported);
        return true;
    }

    /** Runs one change; a refusal is reported at the line. */
    private static boolean atLine(Line<?> line, BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (ProblemException e) {
            Problem problem = e.problem();
            ImportProblems refused = new ImportProblems();
            if (problem.violations() == null || problem.violations().isEmpty()) {
                refused.add(line.line(), line.path(), problem.detail());
            } else {
                problem.violations().forEach(v -> refused.add(line.line(), line.path() + "." + v.field(), v.message()));
            }
            throw ImportProblems.rejection(refused.violations());
        }
    }
}
