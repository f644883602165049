package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.APPS;
import static ai.treasurecoast.assistant.PaymentWords.ELSEWHERE;

import java.util.regex.Pattern;

/**
 * Money offered by wire or transfer, or asking where to send it: "I'll wire you the earnest money",
 * "I can send $650 right now", "send me the routing and account numbers".
 */
final class MoneySent {

    private static final String ASKS_FOR_ACCOUNT =
            "\\b(what'?s|what is|send me|give me) (the|your) (account|routing|bank)( account)? (number|#|info|details)\\b";

    // "let me send you the payment", "I'll send the money"
    private static final String SEND_THE_MONEY = "\\bsend (you )?(the )?(money|payment)\\b";
    // "i'll wire you the earnest money", "Can I wire it to you?"
    private static final String WIRE_IT_TO_YOU = "\\b(i'?ll|let me|can i|i can) wire (you|the money)\\b"
            + "|\\bwire (it|the money|money|funds|the \\w+) to you\\b";
    // "Can I wire the deposit through this chat? What's the account number?", "What's your account number?
    // I'll wire the deposit today." (not "the thermostat wiring in this chat")
    private static final String WIRE_HERE =
            "\\bwire (it|the (money|deposit|funds|retainer|earnest money|payment|balance)"
                    + "|money|funds|\\$)(?=.{0,120}?(\\b(through|thru|in|via|over) (the |this )?chat\\b|"
                    + ASKS_FOR_ACCOUNT + "))"
                    + "|" + ASKS_FOR_ACCOUNT + ".{0,60}?\\b(i'?ll|i will|let me|can i) wire\\b";
    // "I can send $650 right now", "can I send you $650?", "I can transfer 650 right now", and with no
    // subject at a sentence's start ("venmo? can send $650 right now"); not "my lender can send $10,000"
    // or "do I need to send $500 now?"
    private static final String CAN_SEND_AN_AMOUNT =
            "(\\b((i|we) can|can (i|we)|i'?ll|i will|let me)|(^|[.!?;]\\s*)can)"
                    + " (send|transfer|zelle|venmo|wire) (you )?(the )?(full |whole )?(\\$\\s?\\d|\\d[\\d,]* (right )?now\\b)";
    // "send me the routing and account numbers", not "… for my refund"; wire instructions are never given
    // here: "what are your wire instructions?"
    private static final String ASKS_FOR_BANK_DETAILS =
            "\\b(send|give|text|email|tell) me (the|your) (\\w+ ){0,2}(routing|bank|wire|wiring)"
                    + "( account)?( and (the )?(routing|account))? (numbers?|info|information|details)\\b"
                    + "(?! (you used|for (my|the|a) refund|form)\\b)"
                    + "|\\b((send|give|text|email) me|what are|what're|whats|what's) (your |the )?wire (transfer )?"
                    + "instructions\\b";
    // "give me the email address and I'll send it right now"; "send it" is the money only in a message
    // about money, not "I'll send it, the pics of the leak"
    private static final String WHERE_TO_SEND_IT =
            "^(?=.*\\b(pay|paying|payment|balance|deposit|money|funds|retainer|copay|co-pay|tuition|fee|" + APPS + "))"
                    + "(?!.*\\b(form|forms|agreement|paperwork|slip|estimate|report|photos?|pictures?|pics"
                    + "|documents?|statements?)\\b)"
                    + ".*?\\b(give|send|tell|text|drop|dm) me (the|your|ur) (email address|e-mail address|email|address"
                    + "|number|handle|username|" + APPS
                    + ")\\b.{0,40}?\\b(i'?ll|ill|i will|and i can|so i can) (pay|transfer"
                    + "|wire|zelle|venmo|send (it|that|the (money|payment|deposit|balance|funds|retainer|copay|fee|tuition)"
                    + "|money|payment|\\$))\\b" + ELSEWHERE;

    // "What's your BSB? I'll transfer the deposit now", "send me your IBAN and I'll wire the retainer"
    private static final String ASKS_FOR_DETAILS_ABROAD =
            "\\b(what'?s|what is|send me|give me|text me|tell me) (the |your )?(bank'?s )?(bsb|iban|sort code)\\b"
                    + ".{0,60}?\\b(i'?ll|i will|so (i|we) can|and (i|we) can|let me) (pay|transfer|wire|send)\\b";

    static final Pattern ANY = PaymentWords.anyOf(
            SEND_THE_MONEY,
            WIRE_IT_TO_YOU,
            WIRE_HERE,
            CAN_SEND_AN_AMOUNT,
            ASKS_FOR_BANK_DETAILS,
            ASKS_FOR_DETAILS_ABROAD,
            WHERE_TO_SEND_IT);

    private MoneySent() {}
}
