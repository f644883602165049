package ai.treasurecoast.console;

import ai.treasurecoast.conversations.ConversationView;
import ai.treasurecoast.conversations.Conversations;
import ai.treasurecoast.conversations.UnansweredQuestion;
import ai.treasurecoast.leads.Leads;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Daily figures of a workspace for its dashboard, gathered from the modules that own them (UTC days). */
@Component
class WorkspaceActivity {

    record Figures(List<LocalDate> days, List<Chart.Series> series) {

        long total(int index) {
            return series.get(index).daily().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final List<String> LABELS =
            List.of("Leads", "Booking requests", "Conversations", "Crisis flags", "Unanswered questions");

    private final Leads leads;
    private final Conversations conversations;

    WorkspaceActivity(Leads leads, Conversations conversations) {
        this.leads = leads;
        this.conversations = conversations;
    }

    Figures lastDays(WorkspaceId workspace, int count) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        Map<LocalDate, Long> leadDays = new HashMap<>();
        leads.leadsPerDay(workspace, count).forEach(d -> leadDays.merge(d.day(), d.count(), Long::sum));
        Map<LocalDate, Long> bookingDays = new HashMap<>();
        leads.bookingRequestsPerDay(workspace, count).forEach(d -> bookingDays.merge(d.day(), d.count(), Long::sum));
        Map<LocalDate, Long> conversationDays = new HashMap<>();
        conversations
                .startedPerDay(workspace, count)
                .forEach(d -> conversationDays.merge(d.day(), d.count(), Long::sum));
        Map<LocalDate, Long> crisisDays = new HashMap<>();
        for (ConversationView c : conversations
                .crisisFlagged(workspace, new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            crisisDays.merge(day(c.startedAt()), 1L, Long::sum);
        }
        Map<LocalDate, Long> unansweredDays = new HashMap<>();
        for (UnansweredQuestion q : conversations
                .unanswered(workspace, new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            unansweredDays.merge(day(q.askedAt()), 1L, Long::sum);
        }
        List<Chart.Series> series = new ArrayList<>();
        List<Map<LocalDate, Long>> sources =
                List.of(leadDays, bookingDays, conversationDays, crisisDays, unansweredDays);
        for (int i = 0; i < LABELS.size(); i++) {
            Map<LocalDate, Long> source = sources.get(i);
            series.add(new Chart.Series(
                    LABELS.get(i),
                    days.stream().map(d -> source.getOrDefault(d, 0L)).toList()));
        }
        return new Figures(days, series);
    }

    private static LocalDate day(Instant at) {
        return at == null ? LocalDate.MIN : at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
