package ai.treasurecoast.shared;

/** The resource does not exist, or exists in a workspace the caller may not see. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
