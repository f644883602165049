package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.CARD;

import java.util.regex.Pattern;

/**
 * Paying through this chat or through us, whatever is bought: "can I prepay through the chat?",
 * "take the payment over chat", "I want to buy a gift card, can I just pay through you?".
 */
final class PayingThroughUs {

    // Who pays through whom is a question: "does my insurance pay through you?", "when I pay through you,
    // is there a fee?"; three words at most keep "do you mind if I pay here" an offer.
    private static final String NOT_ASKED =
            "(?<!\\b(?:do|does|did|will|would|should|when|if) (?:\\w{1,15} )?(?:\\w{1,15} )?(?:\\w{1,15} )?)";
    // Taking, sending or making only money: not "can I make an appointment in the chat?"
    private static final String MONEY = "(\\w+ )?(payments?|money|cash|funds|deposit|tip|balance|copay|co-pay|fee)\\b"
            + "(?! (amount|info|information|policy|agreement|schedule|form|details|requirements?)\\b)"
            + "|\\$\\s?\\d|\\d+ (dollars|bucks)\\b|" + CARD;
    // "I'd rather not pay through you", "I'd prefer not to pay through you": turning it down, not paying.
    private static final String NOT_TURNED_DOWN = "(?<!\\bnot (?:to )?)";
    private static final String PAYING = "\\b" + NOT_TURNED_DOWN + "(" + NOT_ASKED
            + "(pay|paying|settle|buy|purchase|tip)\\b"
            + "|(put down|take|send|make|give) (you |it |a |an |the |my |our |this |that |some |full )*(" + MONEY
            + "))";
    // "if I buy through you" is a house bought through an agent. (?=thr) first: the lookbehinds are
    // costly at every position of a long message.
    private static final String THROUGH_THIS_CHAT = "\\b("
            + "(in|through|thru|via|over|on|using) (the |this )?chat"
            + "|(?=thr)(?<!\\b(buy|buying|purchase|purchasing)\\b.{0,60}?)(?<!\\bnot )(through|thru) you"
            + "|online( right)? here"
            + "|here in (the |this )?chat)\\b";

    // "can I prepay for my order through the chat?", "Can I prepay the diagnostic fee so the tech can
    // start right away?"
    private static final String PREPAY = "\\b(prepay|pre-pay|prepaying)\\b";
    // "can you take the payment over chat", "How do I send the earnest money through you?"
    private static final String PAY_THROUGH_THIS_CHAT = PAYING + ".{0,60}?" + THROUGH_THIS_CHAT;
    // "I want to buy a gift card, can I just pay through you?", "I'd like to buy a gift card and pay
    // through you with my visa"; not "do I pay the seller's closing costs if I buy through you?" or "I'll
    // pay for the inspection myself, not through you"
    private static final String PAY_THROUGH_YOU =
            "\\b(can|could|may) (i|we) (just )?(pay|settle|tip)\\b.{0,60}?\\b(through|thru) (you|u)\\b"
                    + "|\\b(i'?ll|i will|let me|i want to|i'?d like to) (just )?((buy|get) (\\S+ ){0,4}and )?"
                    + "(pay|settle|tip)\\b"
                    + "(?!.{0,60}?\\bnot (through|thru))"
                    + ".{0,60}?\\b(through|thru) (you|u)\\b";

    static final Pattern ANY = PaymentWords.anyOf(PREPAY, PAY_THROUGH_THIS_CHAT, PAY_THROUGH_YOU);

    private PayingThroughUs() {}
}
