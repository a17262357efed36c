package org.backhabit.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an import file, each named by its line; any of them rejects the whole file. */
public final class ImportProblems {

    private final List<Problem.Violation> violations = new ArrayList<>();

    public void add(int line, String field, String message) {
        violations.add(new Problem.Violation(field, "line " + line + ": " + message));
    }

    public List<Problem.Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @throws ProblemException 400 naming every bad line, when there is any */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw rejection(violations);
        }
    }

    public static ProblemException rejection(List<Problem.Violation> violations) {
        return new ProblemException(Problem.validation("The file was not imported: " + violations.get(0).message()
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "") + ". Nothing was changed.", violations));
    }

    public static ProblemException atLine(int line, String field, String message) {
        ImportProblems problems = new ImportProblems();
        problems.add(line, field, message);
        return rejection(problems.violations);
    }
}
