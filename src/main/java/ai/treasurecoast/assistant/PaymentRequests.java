package ai.treasurecoast.assistant;

import ai.treasurecoast.shared.CardNumbers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A visitor trying to pay, or to hand over card details, in this conversation. We never take
 * payments, so these are refused and pointed to booking or the business. Questions about paying
 * ("do you accept Zelle?", "can I pay with my card when I pick up the car?", "can I pay my bill
 * through the patient portal?") are not this: the knowledge answers them.
 */
final class PaymentRequests {

    private static final String CARD =
            "(visa|amex|american express|master ?card|discover|(credit |debit |hsa |fsa )?card( on file)?|apple pay|google pay)";
    // Where paying is the business's own affair, not this chat's.
    private static final String PLACES = "(patient |online |client |customer |member )?(portal|website|site|app|office"
            + "|front desk|counter|shop|store|clinic|salon|restaurant|lobby)";
    private static final String ELSEWHERE =
            "(?! (through|thru|on|via|in|using|at) (the |your |our |my )?" + PLACES + ")";
    private static final String AT_OUR_PLACE = "(?! (at|in) (the |your |our )" + PLACES + ")";
    // "do you charge my card when I book?" asks about a policy; "charge my card" asks for a payment.
    private static final String NOT_ASKED = "(?<!\\b(?:do|does|will|would|did) (?:you|it|they|u) )";

    private static final List<Pattern> PATTERNS = List.of(
            p(
                    "\\b(pay (you |my |the |a |for (it |this |my |the )?)?(now|here|online|in (the |this )?chat|through (the |this )?chat"
                            + "|bill|invoice|balance|deposit|copay|co-pay|fee)" + ELSEWHERE
                            + "|make a payment|" + NOT_ASKED
                            + "(take|charge|process|run|use) my (credit |debit )?(card|payment)|card (number|details|info)"
                            + "|credit card number|debit card number|my (credit |debit )?card (is|number)|billing (info|information|details)"
                            + "|cvv|security code|pay (with|by) card (here|now)|send (you )?(the )?(money|payment)|wire (the )?money"
                            + "|how (do|can) i pay (my|the|you|online|now))\\b"),
            // "what's your venmo?", "can I zelle you the deposit": not "do you accept zelle?"
            p("\\b(what'?s|what is|send me|give me) (your|the) (venmo|zelle|cash ?app|paypal)\\b"
                    + "|\\b(venmo|zelle|cash ?app|paypal)( me)? (you|it|the \\w+|my \\w+|a request|request|handle|username)\\b"
                    + "|\\bpaypal me\\b"),
            // "can I prepay through the chat?", "take the payment over chat", "send it through you"
            p(
                    "\\b(prepay|pre-pay|prepaying)\\b|\\b(pay|paying|settle|put down|buy|purchase|take|send|tip|make) .{0,60}?\\b("
                            + "(in|through|thru|via|over|on|using) (the |this )?chat|(through|thru) you|online( right)? here"
                            + "|here in (the |this )?chat)\\b"),
            // "can I just pay it here?", "send the deposit through here", "can I tip the server here?"
            p(
                    "\\b(pay|paying|tip|deposit|put (the |a )?(deposit |down payment )?down|send (the |a |my )?(deposit|payment|money))\\b"
                            + ".{0,60}?\\b(here|through (here|this)|via (here|this))\\b"
                            + AT_OUR_PLACE),
            // "charge my copay to my visa", "put invoice 2231 on my amex", "bill my card on file"
            p(NOT_ASKED + "\\b(charge|charg|bill|put|run|stick)\\b.{0,60}?\\b((on|to|against|with) )?(my|the) " + CARD
                    + "\\b"
                    + "(?! (at|in) (the|your|our)\\b| when\\b| once\\b| after\\b| in person\\b)"
                    + "|" + NOT_ASKED + "\\bcharge (it|me|that)( now| today| right now)?\\b"),
            // "here's my card", "I'll give you my card", "I have my card ready", "type in my card"
            p(
                    "\\b(here'?s|here is|i'?ll give you|let me give you|i can give you|i'?ll send you) (my )?((credit|debit) )?card\\b"
                            + "|\\bwhat (info|information|details) do you need (from|off|for) my (credit |debit )?card\\b"
                            + "|\\b(type|enter|put) (in )?my (credit |debit )?card\\b"
                            + "|\\bmy (credit |debit )?card (right )?(here|ready|handy|out|in (my )?hand)\\b"
                            + "|\\b(pay|deposit|put down)\\b.{0,60}?\\bwith my (credit |debit )?card\\b"
                            + "(?! (at|in) (the|your)\\b| when\\b| once\\b| after\\b| in person\\b)"));

    private PaymentRequests() {}

    static boolean in(String text) {
        return text.contains(CardNumbers.MARKER)
                || PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
