package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.CARD;
import static ai.treasurecoast.assistant.PaymentWords.NOT_ASKED_TO_PAY;

import java.util.regex.Pattern;

/** Asking us to charge a card: "take my credit card please", "charge my copay to my visa", "use my visa". */
final class CardCharges {

    // "do you / does the gym charge my card every month?" asks about a policy.
    private static final String NOT_ASKED =
            "(?<!\\b(?:do|does|will|would|did) (?:you |it |they |u |you guys |the \\w{1,15} ))";
    // Charged at the business or later, not now: "… at my appointment", "… when I pick up the car",
    // "… once the job is done", "… after my visit".
    private static final String LATER = "at|in|over|on|when|once|after";

    // "sign me up for unlimited and just charge my debit, ill text the rest"
    private static final String CHARGE_MY_DEBIT =
            "\\b(charge|bill|run|debit) my (debit|credit|visa|mastercard|amex|discover)\\b";
    // "take my credit card please"
    private static final String TAKE_MY_CARD =
            NOT_ASKED + "\\b(take|charge|process|run) my (credit |debit )?(card|payment)\\b";
    // "charge my copay to my visa pls", "just bill my card on file for the drain cleaning"; not "will the
    // salon charge the card on file after my appointment?" or "… every month"
    private static final String CHARGE_IT_TO_MY_CARD = NOT_ASKED
            + "\\b(charge|charg|bill|run)\\b.{0,60}?\\b((on|to|against|with) )?(my|the) " + CARD + "\\b"
            + "(?! (" + LATER + "|every)\\b)";
    // "put invoice 2231 on my amex please", not "can I put it on my card at the office?"
    private static final String PUT_IT_ON_MY_CARD =
            "(?<!\\bcan (?:i|we) )\\b(put|stick)\\b.{0,60}?\\b(on|to) (my|the) " + CARD + "\\b(?! (" + LATER + ")\\b)";
    // "buying a gift card for my mom, can you charge it now", not "does the dentist charge me for x-rays?"
    private static final String CHARGE_IT =
            NOT_ASKED + "\\bcharge (it|me|that)( now| today| right now)?\\b(?! (for|extra|more|anything)\\b)";
    // "use my visa", "take $200 off my visa for the repair"; not "can I use my credit card?"
    private static final String USE_MY_CARD =
            "(?<!\\bcan (?:i|we) )(?<!\\bdo you )\\b(take|use) (\\$?\\d+ (off|from) )?(my|the) " + CARD
                    + "\\b(?! (at|in|over|on|when)\\b)";
    // "can I put a deposit down for it with my credit card?", not "… with my card when I pick up"
    private static final String PAY_WITH_MY_CARD = NOT_ASKED_TO_PAY
            + "\\b(pay|deposit|put down)\\b.{0,60}?\\bwith my (credit |debit )?card\\b(?! (" + LATER + ")\\b)";

    static final Pattern ANY = PaymentWords.anyOf(
            CHARGE_MY_DEBIT,
            TAKE_MY_CARD,
            CHARGE_IT_TO_MY_CARD,
            PUT_IT_ON_MY_CARD,
            CHARGE_IT,
            USE_MY_CARD,
            PAY_WITH_MY_CARD);

    private CardCharges() {}
}
