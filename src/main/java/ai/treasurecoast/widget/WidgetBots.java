package ai.treasurecoast.widget;

import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.workspace.PublicBot;
import ai.treasurecoast.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** The active bot a widget call addresses, as the guard filter already resolved it. */
@Component
class WidgetBots {

    private final Workspaces workspaces;

    WidgetBots(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    PublicBot resolve(HttpServletRequest request, String clientId, String botId) {
        if (request.getAttribute(WidgetGuardFilter.BOT_ATTRIBUTE) instanceof PublicBot bot
                && bot.workspace().clientId().equals(clientId)
                && bot.bot().botId().equals(botId)) {
            return bot;
        }
        return workspaces.findPublicBot(clientId, botId).orElseThrow(() -> new NotFoundException("Chat not found"));
    }
}
