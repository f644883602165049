package ai.treasurecoast.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems and throws them together, so a form shows every error at once. */
public final class FieldChecks {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    public FieldChecks require(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new InvalidInputException.FieldProblem(field, message));
        }
        return this;
    }

    public FieldChecks text(String value, String field, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length < min) {
            problems.add(new InvalidInputException.FieldProblem(
                    field, min <= 1 ? "is required" : "must be at least " + min + " characters"));
        } else if (length > max) {
            problems.add(new InvalidInputException.FieldProblem(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
