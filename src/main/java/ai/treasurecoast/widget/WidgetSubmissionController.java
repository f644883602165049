package ai.treasurecoast.widget;

import ai.treasurecoast.conversations.Conversations;
import ai.treasurecoast.leads.LeadInputs.NewBookingRequest;
import ai.treasurecoast.leads.LeadInputs.NewLead;
import ai.treasurecoast.leads.Leads;
import ai.treasurecoast.leads.Receipt;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.workspace.BookingMode;
import ai.treasurecoast.workspace.PublicBot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Leads, booking intents and booking requests from the widget. Stored first, then everything else. */
@RestController
class WidgetSubmissionController {

    private final WidgetBots bots;
    private final Leads leads;
    private final Conversations conversations;

    WidgetSubmissionController(WidgetBots bots, Leads leads, Conversations conversations) {
        this.bots = bots;
        this.leads = leads;
        this.conversations = conversations;
    }

    record IntentBody(String sessionId) {}

    @PostMapping("/api/widget/leads/{clientId}/{botId}")
    ResponseEntity<Map<String, Object>> lead(
            @PathVariable String clientId,
            @PathVariable String botId,
            @RequestBody NewLead body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        PublicBot bot = bots.resolve(request, clientId, botId);
        NewLead input = new NewLead(
                body.name(),
                body.email(),
                body.phone(),
                body.message(),
                session(bot, body.sessionId()),
                body.consent());
        Receipt receipt = leads.capture(bot.workspace().id(), botId, input, key);
        return ResponseEntity.status(201).body(received("leadId", receipt.id()));
    }

    @PostMapping("/api/widget/booking-intents/{clientId}/{botId}")
    ResponseEntity<Map<String, Object>> intent(
            @PathVariable String clientId,
            @PathVariable String botId,
            @RequestBody(required = false) IntentBody body,
            HttpServletRequest request) {
        PublicBot bot = bots.resolve(request, clientId, botId);
        String url = bot.workspace().externalBookingUrl();
        if (bot.workspace().bookingMode() != BookingMode.EXTERNAL || url == null) {
            throw new ConflictException("This business does not take bookings through an external booking page.");
        }
        UUID id = leads.recordIntent(
                bot.workspace().id(), botId, session(bot, body == null ? null : body.sessionId()), url);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intentId", id);
        out.put("url", url);
        return ResponseEntity.status(201).body(out);
    }

    @PostMapping("/api/widget/booking-requests/{clientId}/{botId}")
    ResponseEntity<Map<String, Object>> bookingRequest(
            @PathVariable String clientId,
            @PathVariable String botId,
            @RequestBody NewBookingRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        PublicBot bot = bots.resolve(request, clientId, botId);
        if (bot.workspace().bookingMode() != BookingMode.INTERNAL) {
            throw new ConflictException("This business does not take booking requests through the chat.");
        }
        NewBookingRequest input = new NewBookingRequest(
                body.name(),
                body.email(),
                body.phone(),
                body.service(),
                body.preferredTime(),
                body.notes(),
                session(bot, body.sessionId()),
                body.consent());
        Receipt receipt = leads.requestBooking(bot.workspace().id(), botId, input, key);
        return ResponseEntity.status(201).body(received("requestId", receipt.id()));
    }

    /** A session id is kept only when it is a session of this bot. */
    private String session(PublicBot bot, String sessionId) {
        return sessionId != null
                        && conversations.belongsTo(
                                bot.workspace().id(), bot.bot().botId(), sessionId)
                ? sessionId
                : null;
    }

    private static Map<String, Object> received(String idField, UUID id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(idField, id);
        out.put("status", "received");
        return out;
    }
}
