package ai.treasurecoast.shared;

/** Demo safe mode blocks this destructive action. */
public class LockedException extends RuntimeException {
    public LockedException(String message) {
        super(message);
    }
}
