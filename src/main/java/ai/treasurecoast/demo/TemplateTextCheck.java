package ai.treasurecoast.demo;

import ai.treasurecoast.demo.DemoTemplate.Knowledge;
import ai.treasurecoast.shared.CardNumbers;
import ai.treasurecoast.shared.HttpsUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Template rule: everything the public may read has https-only links, no payment wording, no card numbers, no markup. */
final class TemplateTextCheck {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)\"']+");
    private static final Pattern PAYMENT = Pattern.compile("(?i)\\b(pay now|pay online|pay here|pay (?:in|through|via) "
            + "(?:the )?chat|card number|credit card number|cvv|cvc|security code|expiration date|deposit|prepay"
            + "|venmo|zelle|cash ?app|pay ?pal|wire transfer|send (?:us )?(?:your )?payment)\\b");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");

    private TemplateTextCheck() {}

    static void check(DemoTemplate t, List<String> p) {
        List<String> texts = allText(t);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher url = URL.matcher(text);
            while (url.find()) {
                TemplateValidator.require(
                        HttpsUrl.isValid(url.group()), "links must be absolute https URLs: " + url.group(), p);
            }
            Matcher pay = PAYMENT.matcher(text);
            if (pay.find()) {
                p.add("payment wording '" + pay.group() + "' in: " + abbreviate(text));
            }
            TemplateValidator.require(!CardNumbers.contains(text), "a card-like number in: " + abbreviate(text), p);
            TemplateValidator.require(!MARKUP.matcher(text).find(), "markup in: " + abbreviate(text), p);
        }
    }

    /** Everything the public may read: sweep questions are visitor input and are exempt. */
    private static List<String> allText(DemoTemplate t) {
        List<String> texts = new ArrayList<>();
        if (t.workspace() != null) {
            texts.add(t.workspace().name());
        }
        if (t.bot() != null) {
            texts.add(t.bot().name());
            texts.add(t.bot().greeting());
            if (t.bot().quickReplies() != null) {
                texts.addAll(t.bot().quickReplies());
            }
        }
        Knowledge k = t.knowledge();
        if (k != null) {
            if (k.faqs() != null) {
                k.faqs().forEach(f -> texts.addAll(List.of(nz(f.question()), nz(f.answer()))));
            }
            if (k.articles() != null) {
                k.articles().forEach(a -> texts.addAll(List.of(nz(a.title()), nz(a.body()))));
            }
            if (k.services() != null) {
                k.services().forEach(s -> texts.addAll(List.of(nz(s.name()), nz(s.description()), nz(s.priceText()))));
            }
        }
        return texts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
