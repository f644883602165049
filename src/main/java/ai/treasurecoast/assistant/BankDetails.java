package ai.treasurecoast.assistant;

import static ai.treasurecoast.assistant.PaymentWords.GIVEN;

import java.util.regex.Pattern;

/**
 * Bank details given or offered in the chat, or a draft from the bank asked for: "routing 021000021,
 * account 123456789", "here's my checking account", "please just draft it from my checking".
 */
final class BankDetails {

    // A bank number: nine digits or more, spaced or dashed as people type them.
    private static final String DIGITS = "\\d(?:[ -]?\\d){8,}";
    // An instruction at the start of a sentence: "please just draft it", "ok, take it", "go ahead and debit".
    private static final String COMMAND =
            "(^|[.!?,;]\\s*)\\s*(ok(ay)? |so |then |please |just |go ahead and |you can |feel free to )*";

    // "I can paste my bank account and routing number here so you can pull it", not "send my bank
    // statements" or "I don't have my account number here"
    private static final String OFFERED_HERE =
            "\\b(paste|send|give|type|share|enter|put|drop|take (my|our|the))\\b.{0,30}?\\b(bank|checking|savings|routing)\\b"
                    + "(?! statements?\\b).{0,30}?\\b(numbers?|info|information|details)\\b.{0,30}?"
                    + "\\b(here|in (the |this )?chat|so you can)\\b";
    // "here's my checking account", "here is my savings 2670" (not "here's my checking question")
    private static final String HERES_MY_ACCOUNT =
            "\\bhere('?s| is) my (bank |checking |chequing |savings )?(account|routing|bsb|iban|sort code)\\b"
                    + "|\\bhere('?s| is) my (checking|savings)( account| acct)?( number| #)?:? ?\\d";
    // Bank numbers given in digits, however spaced: "routing 021000021, account 123456789", "my routing #
    // is 021-000-021"; not a customer's account number
    private static final String NUMBER_GIVEN = "\\brouting number" + GIVEN
            + "|\\b(routing|aba|(checking|savings|bank)( account)?) ?(number |no\\.? |# ?)?(is |: ?)?" + DIGITS;
    // A routing number begun: "routing 2670…", "routing num 2670", "routing number's 2670"; not "routing
    // 150 feet of gas line"
    private static final String ROUTING_BEGUN = "\\brouting( number| num| no\\.?| #|#)('s| is|:)? ?\\d"
            + "|\\brouting:? ?\\d( ?\\d){3,}(?![\\d ]*(ft|feet|foot|amps?|%|cfm|gal))";
    // The same abroad, in the numbers' own shapes: "my BSB 062-000", "sort code: 20-00-00", "IBAN GB29
    // NWBK 6016…", "transit 12345, institution 003"; not "my IBAN is 22 characters" or "transit number 15"
    private static final String SAID = "( number| no\\.?| #)?('s| is| of)?\\s*[:#=-]?\\s*";
    private static final String NUMBER_GIVEN_ABROAD = "\\bbsb" + SAID + "\\d{3}[- ]?\\d{3}\\b"
            + "|\\bsort[- ]?code" + SAID + "\\d{2}[- ]?\\d{2}[- ]?\\d{2}\\b"
            + "|\\biban" + SAID + "[a-z]{2} ?\\d{2}( ?[a-z0-9]{4}){0,2} ?\\d{4}\\b"
            + "|\\btransit" + SAID + "\\d{5}\\b|\\b(institution|inst)" + SAID + "\\d{3}\\b(?! \\w)"
            + "|\\btransit ?/ ?institution" + SAID + "\\d";
    // "please just draft it from my checking", "debit my checking", not "do you draft from checking?", "I'd
    // have to take it out of my savings" or "please don't draft from my checking"
    private static final String DRAFT_IT = COMMAND
            + "(draft|debit|withdraw|pull|take|charge) (it|that|this|the [\\w$ ]{1,20}?|\\$?\\d+|my)"
            + " ?((straight )?(from|out of) )?(my )?(checking|chequing|savings|current account|bank account)\\b";

    static final Pattern ANY = PaymentWords.anyOf(
            OFFERED_HERE, HERES_MY_ACCOUNT, NUMBER_GIVEN, ROUTING_BEGUN, NUMBER_GIVEN_ABROAD, DRAFT_IT);

    private BankDetails() {}
}
