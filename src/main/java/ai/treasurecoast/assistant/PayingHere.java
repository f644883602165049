package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.APPS;
import static ai.treasurecoast.assistant.PaymentWords.ELSEWHERE;
import static ai.treasurecoast.assistant.PaymentWords.NOT_ASKED_TO_PAY;

import java.util.regex.Pattern;

/**
 * Paying here and now: "can I pay my bill here?", "I'm ready to pay", "can I pay with my Visa now?".
 * Not paying at the business, online or later, and not asking how or when to pay.
 */
final class PayingHere {

    // A way to pay: an app, a wallet or a card.
    private static final String METHOD = APPS + "|apple pay\\b|google pay\\b|(a |my )?(credit |debit )?card\\b"
            + "|(my )?(visa|mastercard|amex|discover)\\b";
    // Paid at the business, not in this chat: "… at the front desk", "… on your website".
    private static final String NOT_ELSEWHERE = "(?![^.?!]{0,40}\\b(front desk|register|online|website|app|portal"
            + "|over the phone|in person|at (my|the|your) (appointment|visit|office))\\b)";

    // "Can I pay my bill here?", "can I pay now", "I want to make a payment"; not "how do I pay my bill
    // online?" or "can I make a payment plan?"
    private static final String PAY_NOW = NOT_ASKED_TO_PAY
            + "\\bpay (you |my |the |a |for (it |this |my |the )?)?(now|here|in (the |this )?chat"
            + "|through (the |this )?chat|bill|invoice|balance|deposit|copay|co-pay|fee)\\b" + ELSEWHERE
            + "|\\bmake a payment\\b(?! plan)";
    // "how do I pay you now?", not "if I use you for my case how do I pay you, is it all up front?"
    private static final String HOW_DO_I_PAY = "\\bhow (do|can) i pay (my|the|you|now)\\b" + ELSEWHERE
            + "(?![^.?!]{0,30}\\b(up ?front|up-front|in advance|at the end|afterwards?|later|installments?|out of"
            + "|online|portal|website|app|by (mail|check|phone)|over the phone|in person|at the (front )?desk)\\b)";
    // "I'd like to pay", "I'd like to put down the retainer", "I want to send the deposit now"; not "I'd
    // like to pay off my balance at my next visit", "… by mail", nor a question about it ("how much is
    // it?")
    private static final String READY_TO_PAY = "\\b((i'?m ready|i'?d like) to pay\\b|(i'?m ready|i'?d like|i would like"
            + "|i want|i wanna) to (put down|send) (the |my |a |our )?(\\$?\\d+ )?(retainer|deposit|down payment)\\b"
            + "(?! (agreement|form|receipt|confirmation|slip|amount|policy)\\b))"
            + "(?![^?!]{0,60}\\b(at (my|the|our|your) (next )?(visit|appointment|appt|office|front desk|desk)"
            + "|in person|over the phone|by phone|by (mail|check|cheque)|when (i|we) (come|get|pick)"
            + "|later|early|how much|is there|what'?s the|what email|penalty|owe)\\b)";
    // "Can I pay the $150 consultation fee by PayPal right now?", "Can I pay for my bridal trial now with
    // Apple Pay?"; not "… by card online now" or "… with Apple Pay here at the restaurant"
    private static final String PAY_BY_METHOD_NOW = "\\bpay (with|by) (credit |debit )?card (here|now)\\b"
            + "|" + NOT_ASKED_TO_PAY + "\\bpay\\b.{0,60}?\\b(by|with|via|through|using|on) (" + METHOD + ")"
            + NOT_ELSEWHERE
            + "(?:(?!\\b(online|on|at|over|when|after|in (your|the)|website|app|register|desk)\\b)[^.?!]){0,20}?"
            + "\\b(right now|now(?! that\\b)|here(?! at\\b| or\\b)|in (the |this )?chat)\\b" + NOT_ELSEWHERE
            + "|" + NOT_ASKED_TO_PAY
            + "\\bpay\\b.{0,60}?\\b(right now|now(?! that\\b)|here(?! at\\b| or\\b))\\b.{0,12}?\\b(by|with|via|using) ("
            + METHOD + ")" + NOT_ELSEWHERE;
    // "can I just pay it here?", "send the deposit through here", "can I tip the server here?"; not "Do I
    // pay for parking here?" or "what's normal here"
    private static final String PAY_THROUGH_HERE = NOT_ASKED_TO_PAY
            + "\\b(pay|paying|tip|deposit|put (the |a )?(deposit|down payment|\\$?\\d+) down|send (the |a |my )?(deposit|payment|money))\\b"
            + "(?:(?!\\b(included|due|expected|parking|required)\\b).){0,60}?"
            + "(?<!\\b(normal|usual|customary|typical|common|standard|around) )"
            + "\\b(here|through (here|this)|via (here|this))\\b"
            + "(?! or\\b| at\\b| in (the|your|our)\\b)";
    // "Send me a payment link here", "I'd like to settle up now", "I need to pay my auto premium today
    // before it lapses, can I do it here?"
    private static final String SETTLE_UP_HERE = "\\bpayment link\\b|\\bsettle up (now|here|today)\\b"
            + "|\\bpay\\b.{0,80}?\\bcan (i|we) do (it|that|this) (here|now|through (here|this))\\b";

    static final Pattern ANY = PaymentWords.anyOf(
            PAY_NOW, HOW_DO_I_PAY, READY_TO_PAY, PAY_BY_METHOD_NOW, PAY_THROUGH_HERE, SETTLE_UP_HERE);

    private PayingHere() {}
}
