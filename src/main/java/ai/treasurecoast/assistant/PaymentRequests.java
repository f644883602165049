package ai.treasurecoast.assistant;

import ai.treasurecoast.shared.CardNumbers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A visitor trying to pay, or to hand over card details, in this conversation. We never take
 * payments, so these are refused and pointed to booking or the business. Questions about paying
 * ("do you accept Zelle?", "can I pay my bill online?", "do I have to pay a deposit?", "does the
 * gym charge my card every month?") are not this: the knowledge answers them.
 */
final class PaymentRequests {

    private static final String CARD =
            "(visa|amex|american express|master ?card|discover|(credit |debit |hsa |fsa )?card( on file)?+|apple pay|google pay)";
    // Paying somewhere or some way other than this chat, or asking when and whether.
    private static final String ELSEWHERE = "(?! (through|thru|on|via|in|using|at|by|over|with|when|after|before|later"
            + "|upfront|or|online|first)\\b)";
    // "do I have to pay the deposit?", "when do I pay the bill?": questions, not payments.
    private static final String NOT_ASKED_TO_PAY =
            "(?<!\\b(?:when|where|do|should|have to|need to|must|ok to|okay to) (?:i |we )?)";
    // "do you / does the gym charge my card every month?" asks about a policy.
    private static final String NOT_ASKED =
            "(?<!\\b(?:do|does|will|would|did) (?:you |it |they |u |you guys |the \\w{1,15} ))";
    private static final String APPS = "(venmo|zelle|cash ?app|paypal|e-?transfer|interac)\\b";
    // A way to pay: an app, a wallet or a card.
    private static final String METHOD = APPS + "|apple pay\\b|google pay\\b|(a |my )?(credit |debit )?card\\b"
            + "|(my )?(visa|mastercard|amex|discover)\\b";
    // Paid at the business, not in this chat: "… at the front desk", "… on your website".
    private static final String NOT_ELSEWHERE = "(?![^.?!]{0,40}\\b(front desk|register|online|website|app|portal"
            + "|over the phone|in person|at (my|the|your) (appointment|visit|office))\\b)";
    // A bank number: nine digits or more, spaced or dashed as people type them.
    private static final String DIGITS = "\\d(?:[ -]?\\d){8,}";
    // An instruction at the start of a sentence: "please just draft it", "ok, take it", "go ahead and debit".
    private static final String COMMAND =
            "(^|[.!?,;]\\s*)\\s*(ok(ay)? |so |then |please |just |go ahead and |you can |feel free to )*";
    // A card detail given, not named: "my card number is", "cvv: 412", "exp 04/27".
    private static final String GIVEN = "( is|:|\\s*\\d)";

    // The start of a date or number, in digits or words: "04/27", "twelve twenty-nine", "oh-one".
    private static final String VALUE = "(\\d|(oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b)";

    private static final List<Pattern> PATTERNS = List.of(
            p(NOT_ASKED_TO_PAY + "\\bpay (you |my |the |a |for (it |this |my |the )?)?(now|here|in (the |this )?chat"
                    + "|through (the |this )?chat|bill|invoice|balance|deposit|copay|co-pay|fee)\\b" + ELSEWHERE
                    + "|\\bmake a payment\\b(?! plan)|" + NOT_ASKED
                    + "\\b(take|charge|process|run) my (credit |debit )?(card|payment)\\b"
                    + "|\\b(credit |debit )?card (number|details|info)" + GIVEN
                    // "I'll send my debit card number and PIN in here"
                    + "|\\b(i'?ll|i will|let me|i can|can i) (just )?(send|give|type|enter|share|put|text) (you )?(in )?my"
                    + " (credit |debit )?card( number| details| info)?+\\b(?!( in)? (on file|at|in person|to the front desk|over the phone|by phone|when))"
                    + "|\\bcard (number )?and (the )?pin\\b"
                    + "|\\b(cvv|cvc)\\b|\\b(security code|code on the back)" + GIVEN
                    + "|\\bexp(iration)?( date)?( is|:)? ?\\d{1,2}/\\d{2}|\\brouting number" + GIVEN
                    // "I can paste my bank account and routing number here so you can pull it", not "send my
                    // bank statements" or "I don't have my account number here"
                    + "|\\b(paste|send|give|type|share|enter|put|drop|take (my|our|the))\\b.{0,30}?\\b(bank|checking|savings|routing)\\b"
                    + "(?! statements?\\b).{0,30}?\\b(numbers?|info|information|details)\\b.{0,30}?"
                    + "\\b(here|in (the |this )?chat|so you can)\\b"
                    // bank numbers given in digits, however spaced: "routing 021000021, account 123456789",
                    // "my routing # is 021-000-021"; not a customer's account number
                    + "|\\b(routing|aba|(checking|savings|bank)( account)?) ?(number |no\\.? |# ?)?(is |: ?)?" + DIGITS
                    // the same abroad: "my BSB 062-000", "sort code 20-00-00", "IBAN GB29 NWBK…", "transit number
                    // 12345"
                    + "|\\b(bsb|sort code|iban|(transit|institution) (number|no\\.?|#))( number| no\\.?| #)?('s| is|:)? ?([a-z]{2})?\\d{2}"
                    // "please just draft it from my checking", "debit my checking", not "do you draft from
                    // checking?", "I'd have to take it out of my savings" or "please don't draft from my checking"
                    + "|" + COMMAND
                    + "(draft|debit|withdraw|pull|take|charge) (it|that|this|the [\\w$ ]{1,20}?|\\$?\\d+|my)"
                    + " ?((straight )?(from|out of) )?(my )?(checking|savings|bank account)\\b"
                    + "|\\bsend (you )?(the )?(money|payment)\\b|\\b(i'?ll|let me|can i|i can) wire (you|the money)\\b"
                    // "how do I pay you now?", not "if I use you for my case how do I pay you, is it all up front?"
                    + "|\\bhow (do|can) i pay (my|the|you|now)\\b" + ELSEWHERE
                    + "(?![^.?!]{0,30}\\b(up ?front|up-front|in advance|at the end|afterwards?|later|installments?|out of"
                    + "|online|portal|website|app|by (mail|check|phone)|over the phone|in person|at the (front )?desk)\\b)"
                    // "I'd like to pay", "I'd like to put down the retainer", "I want to send the deposit now";
                    // not "I'd like to pay off my balance at my next visit"
                    + "|\\b((i'?m ready|i'?d like) to pay\\b|(i'?m ready|i'?d like|i would like|i want|i wanna) to (put down"
                    + "|send) (the |my |a |our )?(\\$?\\d+ )?(retainer|deposit|down payment)\\b"
                    + "(?! (agreement|form|receipt|confirmation|slip|amount|policy)\\b))"
                    // not "… at the front desk", "… by mail", nor a question about it ("how much is it?")
                    + "(?![^?!]{0,60}\\b(at (my|the|our|your) (next )?(visit|appointment|appt|office|front desk|desk)"
                    + "|in person|over the phone|by phone|by (mail|check|cheque)|when (i|we) (come|get|pick)"
                    + "|later|early|how much|is there|what'?s the|what email|penalty|owe)\\b)"
                    + "|\\bpay (with|by) (credit |debit )?card (here|now)\\b"
                    // "Can I pay the $150 consultation fee by PayPal right now?", not "… by card online now" or
                    // "… with Apple Pay here at the restaurant"
                    + "|" + NOT_ASKED_TO_PAY + "\\bpay\\b.{0,60}?\\b(by|with|via|through|using|on) (" + METHOD + ")"
                    + NOT_ELSEWHERE
                    + "(?:(?!\\b(online|on|at|over|when|after|in (your|the)|website|app|register|desk)\\b)[^.?!]){0,20}?"
                    + "\\b(right now|now(?! that\\b)|here(?! at\\b| or\\b)|in (the |this )?chat)\\b" + NOT_ELSEWHERE
                    // "Can I pay for my bridal trial now with Apple Pay?"
                    + "|" + NOT_ASKED_TO_PAY
                    + "\\bpay\\b.{0,60}?\\b(right now|now(?! that\\b)|here(?! at\\b| or\\b))\\b.{0,12}?\\b(by|with|via|using) ("
                    + METHOD + ")" + NOT_ELSEWHERE
                    + "|\\b(send|text) (me |the |a )*(payment |apple pay |" + APPS + " )request to (my|me at)\\b"
                    // "Can I wire the deposit through this chat? What's the account number?" (not "the thermostat
                    // wiring in this chat")
                    + "|\\bwire (it|the (money|deposit|funds|retainer|earnest money|payment|balance)|money|funds|\\$)"
                    + "(?=.{0,120}?(\\b(through|thru|in|via|over) (the |this )?chat\\b|\\b(what'?s|what is|send me|give me) (the"
                    + "|your) (account|routing|bank)( account)? (number|#|info|details)\\b))"
                    + "|\\b(what'?s|what is|send me|give me) (the|your) (account|routing|bank)( account)? (number|#|info|details)"
                    + "\\b.{0,60}?\\b(i'?ll|i will|let me|can i) wire\\b"
                    // "can I give you a card number here?", "let me give you a card number" (not "do I need to
                    // give you a card number now to hold it?")
                    + "|(?<!\\b(?:do|does|should|must|why|need to|have to|has to) (?:i |we |you )?(?:need to |have to )?)"
                    + "\\b(give|send|type|text|read|tell)( you| u)? (a|my|the|our) (credit |debit )?card"
                    + " (number|#|details|info)\\b(?![^?]*\\b(to (hold|book|reserve)|on file)\\b)"
                    + ".{0,20}?\\b(here|in (the |this )?chat|right now|now)\\b"),
            // Card details however they are written, digits or words: a card and its expiry or
            // security code in one message ("visa, exp twelve twenty-nine, code one two three").
            // Not a visa to travel, nor a gift, class or key card.
            p("^(?=.*\\b(number|code|cvv|cvc|digits|ending in)\\b)(?!.*\\b(student|work|travel|tourist) visa\\b).*?"
                    + "(?<!\\b(class|gift|key|insurance|punch|membership|library|loyalty|id|business|report) )\\b"
                    + CARD
                    + "\\b.{0,160}?\\b(exp|expiry|expiration|expires|valid thru|cvv|cvc|security code)\\b"
                    + "\\W{0,3}(date\\W{0,3})?(is\\W{0,3})?(next )?['\"]?" + VALUE),
            // "what's your venmo?", "can I zelle you the deposit": not "do you accept zelle?"
            p("\\b(what'?s|what is|send me|give me) (your|the|ur) " + APPS
                    + "|\\b" + APPS + "( me)? (you|it|the \\w+|my \\w+|a request|request|handle|username)\\b"
                    // "send me a PayPal invoice", not "do you take a paypal invoice?"
                    + "|\\b(send|text|email|give) me (a |an |the |your )?(" + APPS
                    + "|payment) (invoice|link|request)\\b"
                    + "|\\bpaypal me\\b"
                    // "my paypal is dave@example.com, send the invoice there"
                    + "|\\bmy " + APPS + " ?(handle|username|user name|email|account|tag|number)? ?(is|:) ?"
                    + "(@\\w|\\$\\w|[\\w.+-]+@[\\w-]+\\.\\w|\\d)"
                    // "pay the service call with venmo? whats ur handle", "what's your handle on venmo?",
                    // "what number do I zelle the $150 retainer to?"
                    + "|\\b" + APPS + "\\b.{0,80}?\\b(what'?s|whats|what is|send me|give me) (your|ur|the) (business )?"
                    + "(handle|username|user name|\\$?tag|\\$?cashtag)\\b"
                    + "|\\b(handle|username|user name|tag|\\$?cashtag) (on|for) " + APPS
                    + "|\\b" + APPS + " (you |the |my )?(\\$\\s?\\d+|money|deposit|retainer|payment|balance)\\b"),
            // Card or bank details begun or offered: "card ends in 40", "last 4 are 1187", "mastercard 5 4
            // 2...", "can I read you my visa number", "let me type the whole number", "here's my bank
            // account ending 3390", "routing 2670…", "can I wire it to you?", "just charge my debit", "can send
            // $650 right now".
            p("\\b(card|visa|mastercard|master card|amex|discover|debit|credit|bank account|routing|card number)\\b"
                    + ".{0,12}?\\b(starts?|starting|ends?|ending)( with| in)?:? ?#?\\d"
                    + "|\\blast (4|four)( digits)?( are| is|:)? ?\\d|\\b(visa|mastercard|amex|discover|card) \\d( ?-?\\d){2,}"
                    + "|\\b(read|give|tell|text|type)( you)? (my|the) (whole |full )?(credit |debit )?"
                    + "(card|visa|mastercard|amex|discover) (card )?(number|#|digits|info)"
                    + "|\\b(type|read|text|send|give)( you)? the (whole|full|rest of the) (card )?(number|digits)\\b"
                    // "here's my checking account", "here is my savings 2670" (not "here's my checking question")
                    + "|\\bhere('?s| is) my (bank |checking |savings )?(account|routing)\\b"
                    + "|\\bhere('?s| is) my (checking|savings)( account| acct)?( number| #)?:? ?\\d"
                    // a routing number begun: "routing 2670…", "routing num 2670", "routing number's 2670";
                    // not "routing 150 feet of gas line"
                    + "|\\brouting( number| num| no\\.?| #|#)('s| is|:)? ?\\d"
                    + "|\\brouting:? ?\\d( ?\\d){3,}(?![\\d ]*(ft|feet|foot|amps?|%|cfm|gal))"
                    // "I can send $650 right now", "can I send you $650?", "I can transfer 650 right now", and
                    // with no subject at a sentence's start ("venmo? can send $650 right now"); not "my lender can
                    // send $10,000" or "do I need to send $500 now?"
                    + "|(\\b((i|we) can|can (i|we)|i'?ll|i will|let me)|(^|[.!?;]\\s*)can)"
                    + " (send|transfer|zelle|venmo|wire) (you )?(the )?(full |whole )?(\\$\\s?\\d|\\d[\\d,]* (right )?now\\b)"
                    + "|\\bwire (it|the money|money|funds|the \\w+) to you\\b"
                    + "|\\b(charge|bill|run|debit) my (debit|credit|visa|mastercard|amex|discover)\\b"),
            // "can I prepay through the chat?", "take the payment over chat", "send the money through you";
            // taking, sending or making only money: not "can I make an appointment in the chat?"
            p(
                    // Who pays through whom is a question: "does my insurance pay through you?", "when I pay
                    // through you, is there a fee?"; three words at most keep "do you mind if I pay here" an offer.
                    "\\b(prepay|pre-pay|prepaying)\\b|\\b((?<!\\b(?:do|does|did|will|would|should|when|if) (?:\\w{1,15} )?(?:\\w{1,15} )?(?:\\w{1,15} )?)"
                            + "(pay|paying|settle|buy|purchase|tip)\\b|(put down|take|send|make|give)"
                            + " (you |it |a |an |the |my |our |this |that |some |full )*((\\w+ )?(payments?|money|cash|funds"
                            + "|deposit|tip|balance|copay|co-pay|fee)\\b(?! (amount|info|information|policy|agreement"
                            + "|schedule|form|details|requirements?)\\b)|\\$\\s?\\d|\\d+ (dollars|bucks)\\b|" + CARD
                            + ")).{0,60}?\\b("
                            // "if I buy through you" is a house bought through an agent
                            + "(in|through|thru|via|over|on|using) (the |this )?chat"
                            // (?=thr) first: the lookbehinds are costly at every position of a long message
                            + "|(?=thr)(?<!\\b(buy|buying|purchase|purchasing)\\b.{0,60}?)(?<!\\bnot )(through|thru) you"
                            + "|online( right)? here"
                            + "|here in (the |this )?chat)\\b"),
            // "can I just pay it here?", "send the deposit through here", "can I tip the server here?"
            p(NOT_ASKED_TO_PAY
                    + "\\b(pay|paying|tip|deposit|put (the |a )?(deposit|down payment|\\$?\\d+) down|send (the |a |my )?(deposit|payment|money))\\b"
                    + "(?:(?!\\b(included|due|expected|parking|required)\\b).){0,60}?"
                    + "(?<!\\b(normal|usual|customary|typical|common|standard|around) )"
                    + "\\b(here|through (here|this)|via (here|this))\\b"
                    + "(?! or\\b| at\\b| in (the|your|our)\\b)"),
            // "charge my copay to my visa", "put invoice 2231 on my amex", "bill my card on file"
            p(NOT_ASKED + "\\b(charge|charg|bill|run)\\b.{0,60}?\\b((on|to|against|with) )?(my|the) " + CARD + "\\b"
                    + "(?! (at|in|over|on)\\b| when\\b| once\\b| after\\b| every\\b| in person\\b)"
                    + "|(?<!\\bcan (?:i|we) )\\b(put|stick)\\b.{0,60}?\\b(on|to) (my|the) " + CARD + "\\b"
                    + "(?! (at|in|over|on)\\b| when\\b| once\\b| after\\b| in person\\b)"
                    + "|" + NOT_ASKED
                    + "\\bcharge (it|me|that)( now| today| right now)?\\b(?! (for|extra|more|anything)\\b)"
                    + "|(?<!\\bcan (?:i|we) )(?<!\\bdo you )\\b(take|use) (\\$?\\d+ (off|from) )?(my|the) " + CARD
                    + "\\b"
                    + "(?! (at|in|over|on)\\b| when\\b)"),
            // "here's my card", "I'll give you my card", "I have my card ready", "type in my card"
            p("\\b(here'?s|here is|i'?ll (just )?(give|send) you|let me (give|send) you|(i|we) can (give|send) you"
                    + "|can (i|we) (just )?(give|send) you) (my )?"
                    + "((credit|debit) )?(card|visa|amex|mastercard|master card|discover)\\b"
                    // not a visa to travel or work: "can I send you my visa and passport?"
                    + "(?! (status|situation|paperwork|application|and passport|stamp|interview|issue|question)\\b)"
                    + "|\\bwhat (info|information|details) do you need (from|off|for) my (credit |debit )?card\\b"
                    // "what card info do you need", "I'll pay now, what details do you need" (not "what info do
                    // you need from me" for a quote)
                    + "|\\bwhat (card|payment|billing) (info|information|details|numbers?) do you need\\b"
                    + "|\\b(pay|deposit)\\b.{0,60}?\\bwhat (info|information|details) do you need\\b|\\bpayment link\\b"
                    + "|\\btake (a|my) card number\\b|\\bsettle up (now|here|today)\\b"
                    + "|\\bpay\\b.{0,80}?\\bcan (i|we) do (it|that|this) (here|now|through (here|this))\\b"
                    + "|\\b(type|typing|enter|entering|put|putting) (in |out )?my (credit |debit )?card\\b(?! on file)"
                    // not a card that did not go through elsewhere: "error entering my card on your website"
                    + "(?! (on|in|into|at) (your|the) (website|site|portal|app|reader|machine|terminal|kiosk)\\b)"
                    + "(?![^.?!]*\\b(error|declined|doesn'?t work|won'?t|isn'?t working)\\b)"
                    + "|\\bmy (credit |debit )?card (right )?(here|ready|handy|out|in (my )?hand)\\b"
                    + "|" + NOT_ASKED_TO_PAY
                    + "\\b(pay|deposit|put down)\\b.{0,60}?\\bwith my (credit |debit )?card\\b"
                    + "(?! (at|in|over|on)\\b| when\\b| once\\b| after\\b| in person\\b)"),
            // Money on its way by an app: "venmo'd you $69", "Zelle-ing the deposit now", "sending it by
            // PayPal right now, what email?"; not "do you take Zelle?" or "can the deposit be zelled?"
            p(
                    "(?<!\\b(be|is|are|would|will|does) )\\b(venmo|zelle|paypal|cash ?app|apple pay)[- '’]?(ing|'d|’d|ed|d)\\b"
                            + "(?!\\s+(\\w+ ){0,3}(ok|okay|fine|accepted|allowed)\\b)"
                            + "|\\b(sending|paying|transferring)\\b.{0,60}?\\b(" + APPS + "|apple pay\\b)"
                            + ".{0,20}?\\b(now|rn|right now|this second|as we speak)\\b"
                            // "I'll pay the retainer with zelle, what number do I send it to?"
                            + "|^(?=.*\\b(" + APPS
                            + "|apple pay\\b)).*?\\b(what|which|whats|what's) (\\w+ ){0,3}(email|number|tag"
                            + "|handle|username)\\b.{0,30}?\\bsend (it|the (money|payment|deposit|retainer|balance|\\$?\\d+)"
                            + "|money|payment|\\$?\\d+)? ?to\\b"),
            // Asking where to send the money: "send me the routing and account numbers", "give me the email
            // address and I'll send it right now"; offering to type the card in: "I'll paste the card number".
            p("\\b(send|give|text|email|tell) me (the|your) (\\w+ ){0,2}(routing|bank|wire|wiring)"
                    + "( account)?( and (the )?(routing|account))? (numbers?|info|information|details)\\b"
                    + "(?! (you used|for (my|the|a) refund|form)\\b)"
                    // Wire instructions are never given here: "what are your wire instructions?"
                    + "|\\b((send|give|text|email) me|what are|what're|whats|what's) (your |the )?wire (transfer )?"
                    + "instructions\\b"
                    // "send it" is the money only in a message about money, not "I'll send it, the pics of the
                    // leak"
                    + "|^(?=.*\\b(pay|paying|payment|balance|deposit|money|funds|retainer|copay|co-pay|tuition|fee|"
                    + APPS
                    + "))(?!.*\\b(form|forms|agreement|paperwork|slip|estimate|report|photos?|pictures?|pics"
                    + "|documents?|statements?)\\b)"
                    + ".*?\\b(give|send|tell|text|drop|dm) me (the|your|ur) (email address|e-mail address|email|address"
                    + "|number|handle|username|" + APPS
                    + ")\\b.{0,40}?\\b(i'?ll|ill|i will|and i can|so i can) (pay|transfer"
                    + "|wire|zelle|venmo|send (it|that|the (money|payment|deposit|balance|funds|retainer|copay|fee|tuition)"
                    + "|money|payment|\\$))\\b" + ELSEWHERE
                    // "text me your Zelle and I'll send the retainer", "drop your venmo and I'll pay"
                    + "|\\b(text|send|give|drop|dm|tell) (me )?(your|the|ur) (" + APPS
                    + ")( (handle|username|name|number|email))?"
                    + "\\b.{0,40}?\\b(i'?ll|ill|i will|and i can|so i can) (pay|send|transfer)\\b"
                    // "I'll paste the card number here", not "I'll drop my card off" or "…into the booking
                    // form"
                    + "|\\b(i'?ll|i will|let me|i can) (just )?(paste|type|put|enter|provide|input|write|dm you|read off)"
                    + " (in )?(the|my) (whole |full )?(credit |debit )?card( number| details)?+\\b"
                    + "(?!( in)? (on file(?! (here|in (the |this )?chat))|off|in the mail|at|in person|to the front desk"
                    + "|over the phone|by phone|when|online|on your (website|site|booking|portal|app)|into)\\b)"),
            // "I want to buy a gift card, can I just pay through you?": paying through us, whatever is bought;
            // not "do I pay the seller's closing costs if I buy through you?"
            p("\\b(can|could|may) (i|we) (just )?(pay|settle|tip)\\b.{0,60}?\\b(through|thru) (you|u)\\b"
                    + "|\\b(i'?ll|i will|let me|i want to|i'?d like to) (just )?((buy|get) (\\S+ ){0,4}and )?"
                    + "(pay|settle|tip)\\b"
                    + "(?!.{0,60}?\\bnot (through|thru))"
                    + ".{0,60}?\\b(through|thru) (you|u)\\b"),
            // A card number typed in groups, whether or not it checks out: "4000 1234 5678 9010".
            // Not a claim, policy, chip or order number.
            p("(?<!\\b(claim|policy|order|chip|tracking|confirmation|reference|case|ticket|serial|member|account|id"
                    + "|gift card)( number| no\\.?| #|#| id)?('s| is)?:? ?)"
                    + "\\b(\\d{4}([ -]?)\\d{4}\\5\\d{4}\\5\\d{4}|\\d{4}([ -])\\d{6}\\6\\d{5})(?![ -]?\\d)"));

    private PaymentRequests() {}

    static boolean in(String text) {
        return text.contains(CardNumbers.MARKER)
                || PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
