package ai.treasurecoast.shared;

import java.util.List;

/** Input that fails validation, with one message per offending field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(
                errors.isEmpty()
                        ? "Invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field and what is wrong with it, in words a person can act on. */
    public record FieldProblem(String field, String message) {}
}
