package ai.treasurecoast.shared;

/** The request clashes with the current state (duplicate slug, wrong booking mode). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
