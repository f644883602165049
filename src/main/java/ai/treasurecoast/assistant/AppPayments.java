package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.APPS;

import java.util.regex.Pattern;

/**
 * Money sent, or about to be, by Venmo, Zelle, PayPal, Cash App or the like. Not asking whether we
 * take them ("do you accept zelle?", "can the deposit be zelled?"): the knowledge answers that.
 */
final class AppPayments {

    // "what's your venmo?", "What's your handle on venmo? I'll send the deposit", "can i pay the $89
    // service call with venmo ahead of time? whats ur handle"
    private static final String ASKS_FOR_HANDLE = "\\b(what'?s|what is|send me|give me) (your|the|ur) " + APPS
            + "|\\b" + APPS + "\\b.{0,80}?\\b(what'?s|whats|what is|send me|give me) (your|ur|the) (business )?"
            + "(handle|username|user name|\\$?tag|\\$?cashtag)\\b"
            + "|\\b(handle|username|user name|tag|\\$?cashtag) (on|for) " + APPS;
    // "can I zelle you the deposit", "paypal me", "Can I e-transfer you the deposit?", "what phone number
    // do I zelle the $150 retainer to?"
    private static final String APP_YOU_THE_MONEY = "\\b" + APPS
            + "( me)? (you|it|the \\w+|my \\w+|a request|request|handle|username)\\b"
            + "|\\bpaypal me\\b"
            + "|\\b" + APPS + " (you |the |my )?(\\$\\s?\\d+|money|deposit|retainer|payment|balance)\\b";
    // "Just text the payment request to my number"
    private static final String REQUEST_TO_MY_NUMBER =
            "\\b(send|text) (me |the |a )*(payment |apple pay |" + APPS + " )request to (my|me at)\\b";
    // "send me a PayPal invoice", not "do you take a paypal invoice?"
    private static final String SEND_ME_AN_INVOICE =
            "\\b(send|text|email|give) me (a |an |the |your )?(" + APPS + "|payment) (invoice|link|request)\\b";
    // "my paypal is dave@example.com, send the invoice there"
    private static final String MY_HANDLE = "\\bmy " + APPS
            + " ?(handle|username|user name|email|account|tag|number)? ?(is|:) ?(@\\w|\\$\\w|[\\w.+-]+@[\\w-]+\\.\\w|\\d)";
    // Money on its way: "venmo'd you $69", "Zelle-ing the deposit now", "sending it by PayPal right now,
    // what email?"; not "can the deposit be zelled?" or "is venmoing the deposit ok?"
    private static final String SENT_BY_APP =
            "(?<!\\b(be|is|are|would|will|does) )\\b(venmo|zelle|paypal|cash ?app|apple pay)[- '’]?(ing|'d|’d|ed|d)\\b"
                    + "(?!\\s+(\\w+ ){0,3}(ok|okay|fine|accepted|allowed)\\b)"
                    + "|\\b(sending|paying|transferring)\\b.{0,60}?\\b(" + APPS + "|apple pay\\b)"
                    + ".{0,20}?\\b(now|rn|right now|this second|as we speak)\\b";
    // "I'll pay the retainer with zelle, what number do I send it to?", "Text me your Zelle and I'll send
    // the retainer", "Drop your venmo and I'll pay"
    private static final String WHERE_TO_SEND_IT = "^(?=.*\\b(" + APPS + "|apple pay\\b))"
            + ".*?\\b(what|which|whats|what's) (\\w+ ){0,3}(email|number|tag|handle|username)\\b"
            + ".{0,30}?\\bsend (it|the (money|payment|deposit|retainer|balance|\\$?\\d+)|money|payment|\\$?\\d+)? ?to\\b"
            + "|\\b(text|send|give|drop|dm|tell) (me )?(your|the|ur) (" + APPS
            + ")( (handle|username|name|number|email))?"
            + "\\b.{0,40}?\\b(i'?ll|ill|i will|and i can|so i can) (pay|send|transfer)\\b";

    static final Pattern ANY = PaymentWords.anyOf(
            ASKS_FOR_HANDLE,
            APP_YOU_THE_MONEY,
            REQUEST_TO_MY_NUMBER,
            SEND_ME_AN_INVOICE,
            MY_HANDLE,
            SENT_BY_APP,
            WHERE_TO_SEND_IT);

    private AppPayments() {}
}
