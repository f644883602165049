package ai.treasurecoast.assistant;

import java.util.regex.Pattern;

/** The words and guards that more than one kind of {@link PaymentRequests payment request} shares. */
final class PaymentWords {

    static final String CARD =
            "(visa|amex|american express|master ?card|discover|(credit |debit |hsa |fsa )?card( on file)?+|apple pay|google pay)";
    static final String APPS = "(venmo|zelle|cash ?app|paypal|e-?transfer|interac)\\b";
    // A detail given, not named: "my card number is", "security code: 412", "routing number 0210…".
    static final String GIVEN = "( is|:|\\s*\\d)";
    // Paying somewhere or some way other than this chat, or asking when and whether.
    static final String ELSEWHERE = "(?! (through|thru|on|via|in|using|at|by|over|with|when|after|before|later"
            + "|upfront|or|online|first)\\b)";
    // "do I have to pay the deposit?", "when do I pay the bill?": questions, not payments.
    static final String NOT_ASKED_TO_PAY =
            "(?<!\\b(?:when|where|do|should|have to|need to|must|ok to|okay to) (?:i |we )?)";

    private PaymentWords() {}

    /** Any of the alternatives, each a whole regex: one is enough. */
    static Pattern anyOf(String... alternatives) {
        return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
