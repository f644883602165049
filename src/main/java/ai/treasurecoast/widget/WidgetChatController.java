package ai.treasurecoast.widget;

import ai.treasurecoast.assistant.AnswerRequest;
import ai.treasurecoast.assistant.Assistant;
import ai.treasurecoast.assistant.Reply;
import ai.treasurecoast.conversations.Conversations;
import ai.treasurecoast.conversations.Exchange;
import ai.treasurecoast.conversations.SessionContext;
import ai.treasurecoast.ops.ErrorTracker;
import ai.treasurecoast.shared.CardNumbers;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.workspace.BookingMode;
import ai.treasurecoast.workspace.PublicBot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One visitor message in, one reply out. The message's card numbers are replaced before the
 * pipeline sees it or anything stores it; the pipeline runs outside any transaction.
 */
@RestController
class WidgetChatController {

    private final WidgetBots bots;
    private final Assistant assistant;
    private final Conversations conversations;
    private final ErrorTracker errors;

    WidgetChatController(WidgetBots bots, Assistant assistant, Conversations conversations, ErrorTracker errors) {
        this.bots = bots;
        this.assistant = assistant;
        this.conversations = conversations;
        this.errors = errors;
    }

    record ChatBody(String message, String sessionId) {}

    @PostMapping("/api/widget/chat/{clientId}/{botId}")
    Map<String, Object> chat(
            @PathVariable String clientId,
            @PathVariable String botId,
            @RequestBody ChatBody body,
            HttpServletRequest request) {
        // The bot first: a chat that does not exist is 404 whatever the message.
        PublicBot bot = bots.resolve(request, clientId, botId);
        new FieldChecks().text(body.message(), "message", 1, 2000).throwIfAny();
        String message = CardNumbers.mask(body.message().strip());
        SessionContext session = conversations.open(bot.workspace().id(), botId, body.sessionId());
        Reply reply = answer(bot, message, session);
        String text = CardNumbers.mask(reply.text());
        List<Exchange.SourceRef> sources = reply.sources() == null
                ? List.of()
                : reply.sources().stream()
                        .map(s -> new Exchange.SourceRef(s.type(), s.id(), s.title()))
                        .toList();
        String category = reply instanceof Reply.Crisis crisis ? crisis.category() : null;
        conversations.record(
                bot.workspace().id(),
                botId,
                session.sessionId(),
                new Exchange(message, text, reply.kind(), sources, category));

        Map<String, Object> replyJson = new LinkedHashMap<>();
        replyJson.put("text", text);
        replyJson.put("kind", reply.kind());
        replyJson.put("sources", sources);
        replyJson.put("disclaimer", reply.disclaimer());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessionId", session.sessionId());
        out.put("reply", replyJson);
        out.put("actions", actions(bot, reply.actions()));
        return out;
    }

    private Reply answer(PublicBot bot, String message, SessionContext session) {
        try {
            return assistant.answer(new AnswerRequest(
                    bot.workspace().id(),
                    bot.bot().botId(),
                    message,
                    session.previousReplyKinds(),
                    session.previousMessage(),
                    session.previousSource() == null
                            ? null
                            : new Reply.Source(
                                    session.previousSource().type(),
                                    session.previousSource().id(),
                                    session.previousSource().title())));
        } catch (RuntimeException e) {
            errors.record("assistant", e);
            return new Reply.Fallback(
                    "Sorry, I can't answer that right now. Leave your details and the team will get back to you.",
                    List.of(),
                    null,
                    List.of(Map.of("type", "lead_form")));
        }
    }

    /** Booking actions follow the workspace's booking mode: the https page, the request form, or nothing. */
    static List<Map<String, Object>> actions(PublicBot bot, List<Map<String, Object>> actions) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (actions == null) {
            return out;
        }
        BookingMode mode = bot.workspace().bookingMode();
        for (Map<String, Object> action : actions) {
            if (!"book".equals(action.get("type"))) {
                out.add(action);
            } else if (mode == BookingMode.EXTERNAL && bot.workspace().externalBookingUrl() != null) {
                Map<String, Object> book = new LinkedHashMap<>(action);
                book.put("url", bot.workspace().externalBookingUrl());
                out.add(book);
            } else if (mode == BookingMode.INTERNAL) {
                Map<String, Object> book = new LinkedHashMap<>(action);
                book.remove("url");
                out.add(book);
            }
        }
        return out;
    }
}
