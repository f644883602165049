package ai.treasurecoast.assistant;

import java.util.regex.Pattern;

/**
 * A card offered to us in the chat ("here's my card", "let me give you a card number here", "I'll
 * paste the card number"), or a question about what we need from it. Not a card handed over at the
 * business or typed into its own website or form.
 */
final class CardOffers {

    // Where a card is given in person or by phone, not here: "I'll give you my card at the front desk",
    // "… in person", "… over the phone", "… when I come in".
    private static final String AT_THE_BUSINESS = "at|in person|to the front desk|over the phone|by phone|when";
    // The business's own site, form or card reader: "I'll type my card into the booking form", "I'll enter
    // my card on your website".
    private static final String THEIR_OWN_FORM = " (on|in|into|at) (your|the) (online |booking ){0,2}"
            + "(website|site|portal|app|reader|machine|terminal|kiosk|form)\\b";
    // "I'll put my card on file", "I'll give you my card in person"
    private static final String NOT_GIVEN_AT_THE_BUSINESS =
            "(?!( in)? (on file|" + AT_THE_BUSINESS + "))(?!" + THEIR_OWN_FORM + ")";
    // "I'll drop my card off", "… into the booking form", "… on your website"; but "I'll put my card on
    // file here in the chat" is typed here.
    private static final String NOT_TYPED_ELSEWHERE = "(?!( in)? (on file(?! (here|in (the |this )?chat))|off"
            + "|in the mail|" + AT_THE_BUSINESS + "|online|on your (website|site|booking|portal|app)|into)\\b)";
    // Nor a card that did not go through there: "I keep getting an error entering my card on your website".
    private static final String NOT_ON_THEIR_OWN_FORM = "(?! on file)(?!" + THEIR_OWN_FORM + ")"
            + "(?![^.?!]*\\b(error|declined|doesn'?t work|won'?t|isn'?t working)\\b)";

    // "I'll send my debit card number and PIN in here"
    private static final String WILL_SEND_MY_CARD =
            "\\b(i'?ll|i will|let me|i can|can i) (just )?(send|give|type|enter|share|put|text) (you )?(in )?my"
                    + " (credit |debit )?card( number| details| info)?+\\b" + NOT_GIVEN_AT_THE_BUSINESS;
    // "I'll paste the card number here", not "I'll drop my card off" or "…into the booking form"
    private static final String WILL_TYPE_THE_CARD =
            "\\b(i'?ll|i will|let me|i can) (just )?(paste|type|put|enter|provide|input|write|dm you|read off)"
                    + " (in )?(the|my) (whole |full )?(credit |debit )?card( number| details)?+\\b"
                    + NOT_TYPED_ELSEWHERE;
    // "Can I pay the first month here? I'll just type in my card", "can I pay the repair by typing my
    // card into this chat?"
    private static final String TYPING_MY_CARD =
            "\\b(type|typing|enter|entering|put|putting) (in |out )?my (credit |debit )?card\\b"
                    + NOT_ON_THEIR_OWN_FORM;
    // "can I give you a card number here?", "let me give you a card number right now" (not "do I need
    // to give you a card number now to hold it?")
    private static final String CARD_NUMBER_HERE =
            "(?<!\\b(?:do|does|should|must|why|need to|have to|has to) (?:i |we |you )?(?:need to |have to )?)"
                    + "\\b(give|send|type|text|read|tell)( you| u)? (a|my|the|our) (credit |debit )?card"
                    + " (number|#|details|info)\\b(?![^?]*\\b(to (hold|book|reserve)|on file)\\b)"
                    + ".{0,20}?\\b(here|in (the |this )?chat|right now|now)\\b";
    // "can i read you my visa number", "let me just type the whole number", "can you take a card number?"
    private static final String READ_YOU_THE_NUMBER =
            "\\b(read|give|tell|text|type)( you)? (my|the) (whole |full )?(credit |debit )?"
                    + "(card|visa|mastercard|amex|discover) (card )?(number|#|digits|info)"
                    + "|\\b(type|read|text|send|give)( you)? the (whole|full|rest of the) (card )?(number|digits)\\b"
                    + "|\\btake (a|my) card number\\b";
    // "here's my card", "I'll give you my card"; not a visa to travel or work: "can I send you my visa
    // and passport?"
    private static final String HERES_MY_CARD =
            "\\b(here'?s|here is|i'?ll (just )?(give|send) you|let me (give|send) you|(i|we) can (give|send) you"
                    + "|can (i|we) (just )?(give|send) you) (my )?"
                    + "((credit|debit) )?(card|visa|amex|mastercard|master card|discover)\\b"
                    + "(?! (status|situation|paperwork|application|and passport|stamp|interview|issue|question)\\b)";
    // "I'd like to put the deposit down today, I have my card ready"
    private static final String CARD_READY =
            "\\bmy (credit |debit )?card (right )?(here|ready|handy|out|in (my )?hand)\\b";
    // "i'll pay the surgery deposit now, what info do you need from my card", "what card info do you
    // need" (not "what info do you need from me" for a quote)
    private static final String WHAT_DO_YOU_NEED =
            "\\bwhat (info|information|details) do you need (from|off|for) my (credit |debit )?card\\b"
                    + "|\\bwhat (card|payment|billing) (info|information|details|numbers?) do you need\\b"
                    + "|\\b(pay|deposit)\\b.{0,60}?\\bwhat (info|information|details) do you need\\b";

    static final Pattern ANY = PaymentWords.anyOf(
            WILL_SEND_MY_CARD,
            WILL_TYPE_THE_CARD,
            TYPING_MY_CARD,
            CARD_NUMBER_HERE,
            READ_YOU_THE_NUMBER,
            HERES_MY_CARD,
            CARD_READY,
            WHAT_DO_YOU_NEED);

    private CardOffers() {}
}
