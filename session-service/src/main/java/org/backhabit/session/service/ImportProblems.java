package org.backhabit.session.service;

import org.backhabit.problem.Problem;
import org.backhabit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an import file, each named by its line; any of them rejects the whole file. */
final class ImportProblems {

    private final List<Problem.Violation> violations = new ArrayList<>();

    void add(int line, String field, String message) {
        violations.add(new Problem.Violation(field, "line " + line + ": " + message));
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @throws ProblemException 400 naming every bad line, when there is any */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw rejection(violations);
        }
    }

    static ProblemException rejection(List<Problem.Violation> violations) {
        return new ProblemException(Problem.validation("The file was not imported: " + violations.get(0).message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "") + ". Nothing was changed.", violations));
    }

    static ProblemException atLine(int line, String field, String message) {
        ImportProblems problems = new ImportProblems();
        problems.add(line, field, message);
        return rejection(problems.violations);
    }
}
