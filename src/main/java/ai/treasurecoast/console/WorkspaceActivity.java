package ai.treasurecoast.console;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/** Daily figures of a workspace for its dashboard, gathered from the modules that own them. */
@Component
class WorkspaceActivity {

    record Figures(List<LocalDate> days, List<Chart.Series> series) {

        long total(int index) {
            return series.get(index).daily().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final List<String> LABELS =
            List.of("Leads", "Booking requests", "Conversations", "Crisis flags", "Unanswered questions");

    Figures lastDays(WorkspaceId workspace, int count) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        List<Chart.Series> series = new ArrayList<>();
        for (String label : LABELS) {
            series.add(new Chart.Series(label, Collections.nCopies(count, 0L)));
        }
        return new Figures(days, series);
    }
}
