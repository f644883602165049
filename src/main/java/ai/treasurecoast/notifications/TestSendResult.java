package ai.treasurecoast.notifications;

/** The answer to a test send: {@code sent} or {@code failed}, with a reason an owner understands. */
public record TestSendResult(String result, String reason) {

    static TestSendResult sent(String reason) {
        return new TestSendResult("sent", reason);
    }

    static TestSendResult failed(String reason) {
        return new TestSendResult("failed", reason);
    }
}
