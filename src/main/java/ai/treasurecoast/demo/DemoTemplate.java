package ai.treasurecoast.demo;

import java.util.List;

/**
 * One industry template as stored in {@code demo/templates/<industry>.json}: the workspace, its
 * bot, its knowledge and the sweep cases the real pipeline must pass. Disclaimers are not part of a
 * template: they come from the industry rules of the assistant module.
 */
record DemoTemplate(String industry, Workspace workspace, Bot bot, Knowledge knowledge, List<SweepCase> sweep) {

    record Workspace(String name, String clientId, String timezone, String bookingMode, String externalBookingUrl) {}

    record Theme(String primaryColor, String position) {}

    record Bot(String botId, String name, String greeting, List<String> quickReplies, Theme theme) {}

    record Faq(String question, String answer) {}

    record Article(String title, String body) {}

    record Service(String name, String description, String priceText, Integer durationMinutes) {}

    record Day(String day, String open, String close) {}

    record DateException(String date, Boolean closed, String open, String close, String note) {}

    record Hours(List<Day> weekly, List<DateException> exceptions) {}

    record Knowledge(List<Faq> faqs, List<Article> articles, List<Service> services, Hours hours) {}

    /**
     * A question and what the reply must look like. {@code previous} lists the kinds of the bot's
     * earlier replies in the session; {@code disclaimer} true means the reply must carry one.
     */
    record SweepCase(
            String question,
            String expect,
            List<String> mustContain,
            List<String> mustNotContain,
            List<String> previous,
            Boolean disclaimer) {}
}
