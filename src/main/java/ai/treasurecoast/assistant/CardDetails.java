package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.CARD;
import static ai.treasurecoast.assistant.PaymentWords.GIVEN;

import java.util.regex.Pattern;

/**
 * Card details typed into the chat: the number or part of it, the expiry, the security code or
 * the PIN. A whole number that checks out is already masked before this ({@link
 * ai.treasurecoast.shared.CardNumbers}); these are the rest.
 */
final class CardDetails {

    // "my card number is", "card info: 4000…"
    private static final String NUMBER_GIVEN = "\\b(credit |debit )?card (number|details|info)" + GIVEN;
    // "I'll send my debit card number and PIN in here"
    private static final String PIN = "\\bcard (number )?and (the )?pin\\b";
    // "exp 04/27 and the code on the back is 412"
    private static final String CODE_OR_EXPIRY = "\\b(cvv|cvc)\\b"
            + "|\\b(security code|code on the back)" + GIVEN
            + "|\\bexp(iration)?( date)?( is|:)? ?\\d{1,2}/\\d{2}";

    // The start of a date or number, in digits or words: "04/27", "twelve twenty-nine", "oh-one".
    private static final String VALUE = "(\\d|(oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b)";
    // Card details however they are written, digits or words: a card and its expiry or security code
    // in one message ("visa, exp twelve twenty-nine, code one two three"). Not a visa to travel, nor a
    // gift, class or key card.
    private static final String CARD_WITH_EXPIRY_OR_CODE =
            "^(?=.*\\b(number|code|cvv|cvc|digits|ending in)\\b)(?!.*\\b(student|work|travel|tourist) visa\\b).*?"
                    + "(?<!\\b(class|gift|key|insurance|punch|membership|library|loyalty|id|business|report) )\\b"
                    + CARD
                    + "\\b.{0,160}?\\b(exp|expiry|expiration|expires|valid thru|cvv|cvc|security code)\\b"
                    + "\\W{0,3}(date\\W{0,3})?(is\\W{0,3})?(next )?['\"]?" + VALUE;

    // A card or account number begun: "card ends in 40", "last 4 are 1187", "mastercard 5 4 2...",
    // "here's my bank account ending 3390".
    private static final String NUMBER_BEGUN =
            "\\b(card|visa|mastercard|master card|amex|discover|debit|credit|bank account|routing|card number)\\b"
                    + ".{0,12}?\\b(starts?|starting|ends?|ending)( with| in)?:? ?#?\\d"
                    + "|\\blast (4|four)( digits)?( are| is|:)? ?\\d|\\b(visa|mastercard|amex|discover|card) \\d( ?-?\\d){2,}";

    // A card number typed in groups, whether or not it checks out: "4000 1234 5678 9010". Not a claim,
    // policy, chip or order number.
    private static final String NUMBER_IN_GROUPS =
            "(?<!\\b(claim|policy|order|chip|tracking|confirmation|reference|case|ticket|serial|member|account|id"
                    + "|gift card)( number| no\\.?| #|#| id)?('s| is)?:? ?)"
                    + "\\b(\\d{4}(?<sep>[ -]?)\\d{4}\\k<sep>\\d{4}\\k<sep>\\d{4}|\\d{4}(?<amexSep>[ -])\\d{6}\\k<amexSep>\\d{5})"
                    + "(?![ -]?\\d)";

    static final Pattern ANY = PaymentWords.anyOf(
            NUMBER_GIVEN, PIN, CODE_OR_EXPIRY, CARD_WITH_EXPIRY_OR_CODE, NUMBER_BEGUN, NUMBER_IN_GROUPS);

    private CardDetails() {}
}
