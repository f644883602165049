package ai.treasurecoast.shared;

/** Well-formed but unacceptable, such as an idempotency key reused with another body. */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String message) {
        super(message);
    }
}
