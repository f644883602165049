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

    private static final List<Pattern> PATTERNS = List.of(
            PayingHere.ANY,
            PayingThroughUs.ANY,
            CardDetails.ANY,
            CardOffers.ANY,
            CardCharges.ANY,
            BankDetails.ANY,
            AppPayments.ANY,
            MoneySent.ANY);

    private PaymentRequests() {}

    static boolean in(String text) {
        return text.contains(CardNumbers.MARKER)
                || PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }
}
