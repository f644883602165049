package ai.treasurecoast.notifications;

import ai.treasurecoast.conversations.CrisisFlagged;
import ai.treasurecoast.leads.BookingRequested;
import ai.treasurecoast.leads.LeadCaptured;
import ai.treasurecoast.shared.CardNumbers;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders alerts. Visitor text is untrusted: it is HTML-escaped in the HTML part, stripped of line
 * breaks wherever it lands in a header (subjects), and card numbers are masked everywhere. SMS carry
 * only what an owner needs to call back.
 */
final class AlertMessages {

    static final String URGENT_PREFIX = "[URGENT] ";
    private static final int SMS_MAX = 300;

    private AlertMessages() {}

    static Alert lead(LeadCaptured e, String baseUrl) {
        String name = oneLine(e.name(), 80);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Name", e.name()));
        rows.add(row("Email", e.email()));
        rows.add(row("Phone", e.phone()));
        rows.add(row("Message", e.message()));
        rows.add(row("Bot", e.botId()));
        String link = baseUrl + "/admin/workspaces/" + e.workspaceId().value() + "/leads";
        String subject = "New lead: " + name;
        return new Alert(
                "lead",
                String.valueOf(e.leadId()),
                "Lead from " + name + contactHint(e.phone(), e.email()),
                false,
                subject,
                text("A visitor left their details with your assistant.", rows, link),
                html("A visitor left their details with your assistant.", rows, link),
                sms("New lead: " + name + callBack(e.phone(), e.email())));
    }

    static Alert booking(BookingRequested e, String baseUrl) {
        String name = oneLine(e.name(), 80);
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Name", e.name()));
        rows.add(row("Email", e.email()));
        rows.add(row("Phone", e.phone()));
        rows.add(row("Service", e.service()));
        rows.add(row("Preferred time", e.preferredTime()));
        rows.add(row("Notes", e.notes()));
        rows.add(row("Bot", e.botId()));
        String link = baseUrl + "/admin/workspaces/" + e.workspaceId().value() + "/booking-requests";
        return new Alert(
                "booking",
                String.valueOf(e.requestId()),
                "Booking request from " + name + contactHint(e.phone(), e.email()),
                false,
                "New booking request: " + name,
                text("A visitor asked to book an appointment.", rows, link),
                html("A visitor asked to book an appointment.", rows, link),
                sms("New booking request: " + name + callBack(e.phone(), e.email())));
    }

    static Alert crisis(CrisisFlagged e, String baseUrl) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Category", e.category()));
        rows.add(row("Conversation", e.sessionId()));
        rows.add(row("Bot", e.botId()));
        rows.add(row("When", e.flaggedAt() == null ? null : e.flaggedAt().toString()));
        String link = baseUrl + "/admin/workspaces/" + e.workspaceId().value() + "/conversations";
        String intro = "A visitor's message in your website chat suggests they may need urgent help. "
                + "The assistant gave them emergency contact information. Please review the conversation now.";
        return new Alert(
                "crisis",
                e.sessionId(),
                "Urgent: a visitor may need help (" + oneLine(e.category(), 40) + ")",
                true,
                URGENT_PREFIX + "A visitor may need urgent help",
                text(intro, rows, link),
                html(intro, rows, link),
                sms("URGENT: a visitor in your website chat may need urgent help. Check the console now."));
    }

    static Alert test(WorkspaceId workspace, String baseUrl) {
        String intro = "This is a test alert from Treasure Coast AI. If you can read it, alerts reach you.";
        List<String[]> rows = List.of();
        String link = baseUrl + "/admin/workspaces/" + workspace.value();
        return new Alert(
                "test",
                null,
                "Test alert",
                false,
                "Test alert from Treasure Coast AI",
                text(intro, rows, link),
                html(intro, rows, link),
                "Treasure Coast AI test alert: SMS alerts reach you.");
    }

    static String text(String intro, List<String[]> rows, String link) {
        StringBuilder sb = new StringBuilder(intro).append("\n\n");
        for (String[] r : rows) {
            if (r[1] != null) {
                sb.append(r[0]).append(": ").append(r[1]).append('\n');
            }
        }
        return sb.append("\nOpen the console: ").append(link).append('\n').toString();
    }

    static String html(String intro, List<String[]> rows, String link) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>")
                .append(esc(intro))
                .append("</p><table>");
        for (String[] r : rows) {
            if (r[1] != null) {
                sb.append("<tr><th align=\"left\">")
                        .append(esc(r[0]))
                        .append("</th><td>")
                        .append(esc(r[1]).replace("\n", "<br>"))
                        .append("</td></tr>");
            }
        }
        return sb.append("</table><p><a href=\"")
                .append(esc(link))
                .append("\">Open the console</a></p></body></html>")
                .toString();
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    /** For headers and SMS: no CR/LF or other control characters, bounded length. */
    static String oneLine(String s, int max) {
        if (s == null || s.isBlank()) {
            return "(no name)";
        }
        String flat = CardNumbers.mask(s)
                .replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ")
                .strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value == null || value.isBlank() ? null : CardNumbers.mask(value.strip())};
    }

    private static String contactHint(String phone, String email) {
        return phone != null && !phone.isBlank() ? " (phone)" : email != null && !email.isBlank() ? " (email)" : "";
    }

    private static String callBack(String phone, String email) {
        if (phone != null && !phone.isBlank()) {
            return ", call back " + oneLine(phone, 25) + ". Details in your email.";
        }
        if (email != null && !email.isBlank()) {
            return ", reply by email. Details in your email.";
        }
        return ". Details in your email.";
    }

    private static String sms(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}]+", " ");
        return flat.length() <= SMS_MAX ? flat : flat.substring(0, SMS_MAX - 1) + "…";
    }
}
