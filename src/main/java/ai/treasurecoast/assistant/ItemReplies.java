package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.DurationWording;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.PriceWording;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A knowledge item as the builtin reply, citing it. */
final class ItemReplies {

    // A service's text as the index holds it: "Name: description. Price: From $55. Takes about 60 minutes."
    private static final Pattern PRICE = Pattern.compile(" Price: (.+?)\\.(?:\\s|$)");

    // Below this share of the question's weight, a price answer offers an exact quote too.
    private static final double PRICE_COVERED = 0.75;

    private ItemReplies() {}

    /**
     * The item's text as the answer; but a price question the item states no price for is not
     * answered by it: the visitor hears what the item says, that no price is listed, and is offered
     * the callback.
     */
    static Reply from(String question, KnowledgeHit item) {
        String text = Intents.sameYesOrNo(question, item.title())
                ? BuiltinResponder.answer(item)
                : ReplyTexts.withoutYes(BuiltinResponder.answer(item));
        if (priceNotStated(question, item)) {
            return new Reply.Fallback(
                    ReplyTexts.noPrice(text), List.of(source(item)), null, List.of(ReplyTexts.leadForm()));
        }
        if (PriceWording.asksFigureNotStated(question, item.text())) {
            // "what percent discount do I get for bundling?" against "we review discounts such as bundling";
            // "is there a minimum spend?" against a price per guest.
            return new Reply.Fallback(
                    ReplyTexts.noFigure(text), List.of(source(item)), null, List.of(ReplyTexts.leadForm()));
        }
        if (PriceWording.asksDiscountNotStated(question, item.title() + " " + item.text())) {
            return new Reply.Fallback(
                    ReplyTexts.noDiscount(text), List.of(source(item)), null, List.of(ReplyTexts.leadForm()));
        }
        if (DurationWording.asksNotStated(item, question)) {
            // "how long does it take to sell?" against an article that gives no time.
            return new Reply.Fallback(
                    ReplyTexts.noTime(text), List.of(source(item)), null, List.of(ReplyTexts.leadForm()));
        }
        if (PriceWording.asks(question) && Quantities.differ(question, item.text(), item.title())) {
            // "a 40-gallon heater" against the 50-gallon one: the listed price is not the one asked for.
            return variant(item);
        }
        if (PriceWording.asks(question) && item.coverage() < PRICE_COVERED) {
            // Part of what was asked is not in the item ("a gas heater" against the electric one):
            // its price, said plainly, and the offer of an exact quote.
            return new Reply.Answer(
                    text + " " + ReplyTexts.EXACT_QUOTE, List.of(source(item)), null, List.of(ReplyTexts.leadForm()));
        }
        return new Reply.Answer(text, List.of(source(item)), null, List.of());
    }

    /**
     * A price question the item does not answer: it states no price for what is asked. A service's
     * price is for the service it names; an FAQ's or an article's only when the clause that holds
     * it, or the title, names what is asked ("Balayage starts at $185" is no price for highlights).
     */
    static boolean priceNotStated(String question, KnowledgeHit item) {
        return PriceWording.asks(question)
                && (!PriceWording.statesFor(question, item.text())
                        || PriceWording.setsAside(question, item.title(), item.text())
                        || !"service".equals(item.type())
                                && !PriceWording.pricesWhatIsAsked(question, item.title(), item.text()));
    }

    /** The item as the reply to a question about one of its counts: an option it does not list is no answer. */
    static Reply forCount(String question, KnowledgeHit item) {
        return Quantities.differ(question, item.text(), item.title()) ? variant(item) : from(question, item);
    }

    static Reply variant(KnowledgeHit item) {
        return new Reply.Fallback(
                ReplyTexts.noPrice("that exact option", BuiltinResponder.answer(item)),
                List.of(source(item)),
                null,
                List.of(ReplyTexts.leadForm()));
    }

    /**
     * "How much is a haircut?" where the men's and the women's haircut are both listed: each
     * option's name and price, rather than one of them as if it were the only one.
     */
    static Optional<Reply> options(String message, List<KnowledgeHit> hits) {
        List<KnowledgeHit> options = PriceQuestions.unnamedOptions(message, hits);
        if (options.size() < 2) {
            return Optional.empty();
        }
        String text = options.stream()
                .map(h -> h.title().strip() + ": " + price(h.text()))
                .collect(Collectors.joining(". ", "", "."));
        return Optional.of(
                new Reply.Answer(text, options.stream().map(ItemReplies::source).toList(), null, List.of()));
    }

    private static String price(String serviceText) {
        Matcher m = PRICE.matcher(serviceText);
        return m.find() ? m.group(1) : "";
    }

    static Reply.Source source(KnowledgeHit hit) {
        return new Reply.Source(hit.type(), hit.id(), hit.title());
    }
}
