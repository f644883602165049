package ai.treasurecoast.demo;

import ai.treasurecoast.demo.DemoTemplate.Knowledge;
import ai.treasurecoast.knowledge.Hours;
import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.workspace.Bots;
import ai.treasurecoast.workspace.WorkspaceInputs.Booking;
import ai.treasurecoast.workspace.WorkspaceInputs.BotInput;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceInputs.Theme;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns one template into a demo workspace with its booking mode, bot and knowledge, through the owning facades. */
@Component
class DemoWorkspaceFactory {

    private final Workspaces workspaces;
    private final Bots bots;
    private final KnowledgeBase knowledge;

    DemoWorkspaceFactory(Workspaces workspaces, Bots bots, KnowledgeBase knowledge) {
        this.workspaces = workspaces;
        this.bots = bots;
        this.knowledge = knowledge;
    }

    /** Runs inside the caller's transaction, so a failing template leaves nothing half-made. */
    WorkspaceView create(DemoTemplate t) {
        var w = t.workspace();
        WorkspaceView created =
                workspaces.create(new NewWorkspace(w.name(), w.clientId(), t.industry(), w.timezone()), true);
        if (!"off".equals(w.bookingMode())) {
            workspaces.setBooking(created.id(), new Booking(w.bookingMode(), w.externalBookingUrl()));
        }
        var b = t.bot();
        bots.create(
                created.id(),
                new BotInput(
                        b.botId(),
                        b.name(),
                        b.greeting(),
                        new Theme(b.theme().primaryColor(), b.theme().position()),
                        List.of(),
                        b.quickReplies(),
                        true));
        knowledge.replaceAll(created.id(), content(t.knowledge(), w.timezone()));
        return workspaces.get(created.id());
    }

    static KnowledgeContent content(Knowledge k, String timezone) {
        List<FaqInput> faqs = k.faqs().stream()
                .map(f -> new FaqInput(f.question(), f.answer()))
                .toList();
        List<ArticleInput> articles = k.articles().stream()
                .map(a -> new ArticleInput(a.title(), a.body()))
                .toList();
        List<ServiceInput> services = k.services().stream()
                .map(s -> new ServiceInput(s.name(), s.description(), s.priceText(), s.durationMinutes()))
                .toList();
        Hours hours = new Hours(
                timezone,
                k.hours().weekly().stream()
                        .map(d -> new Hours.Day(d.day(), d.open(), d.close()))
                        .toList(),
                k.hours().exceptions().stream()
                        .map(e -> new Hours.DateException(e.date(), e.closed(), e.open(), e.close()))
                        .toList());
        return new KnowledgeContent(faqs, articles, services, hours);
    }
}
