package ai.treasurecoast.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What visitors leave through the widget, as the owner sees it in the console. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDataBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void leadsConversationsAndHoursAppearEscapedAndOnTheDashboard() {
        ApiClient admin = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String clientId = "data-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        var created = admin.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "Palm Beach Plumbing",
                        "clientId",
                        clientId,
                        "industry",
                        "plumbing",
                        "timezone",
                        "America/New_York"));
        String id = created.json().get("id").asString();
        assertThat(admin.post(
                                "/api/admin/workspaces/" + id + "/bots",
                                Map.of("botId", "web", "name", "Plumbing Helper"))
                        .status())
                .isEqualTo(201);
        ApiClient visitor = new ApiClient(port);
        var chat = visitor.post(
                "/api/widget/chat/" + clientId + "/web", Map.of("message", "<b>bold</b> do you fix water heaters?"));
        assertThat(chat.status()).as(chat.body()).isEqualTo(200);
        var lead = visitor.post(
                "/api/widget/leads/" + clientId + "/web",
                Map.of(
                        "name",
                        "Dana <script>x</script>",
                        "email",
                        "dana@example.test",
                        "message",
                        "Leaking pipe under the sink",
                        "consent",
                        true));
        assertThat(lead.status()).as(lead.body()).isEqualTo(201);

        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        page.navigate("/admin/workspaces/" + id);
        assertThat(page.locator(".stat .value").first()).hasText("1");
        assertThat(page.locator("svg.chart polyline")).hasCount(5);
        Browser.screenshot(page, "dashboard-with-data");

        page.navigate("/admin/workspaces/" + id + "/leads");
        assertThat(page.locator("main table")).containsText("Dana <script>x</script>");
        assertThat(page.locator("main table script")).hasCount(0);
        Browser.screenshot(page, "leads");

        page.navigate("/admin/workspaces/" + id + "/conversations");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read"))
                .first()
                .click();
        assertThat(page.locator("#transcript-panel [data-transcript]"))
                .containsText("<b>bold</b> do you fix water heaters?");
        assertThat(page.locator("#transcript-panel b")).hasCount(0);
        Browser.screenshot(page, "conversations");

        page.navigate("/admin/workspaces/" + id + "/hours");
        page.getByLabel("Monday").fill("nine to five");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save opening hours"))
                .click();
        Browser.screenshot(page, "hours-error");
        assertThat(page.locator(".field.has-error")).containsText("09:00-17:00");
        page.getByLabel("Monday").fill("9:00-12:00, 13:00-17:00");
        page.getByLabel("Tuesday").fill("09:00-17:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save opening hours"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("Opening hours saved");
        assertThat(page.getByLabel("Monday")).hasValue("09:00-12:00, 13:00-17:00");
        Browser.screenshot(page, "hours");
        String html = page.content();
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContain("<style");
        assertThat(html.split("<script").length - 1).isEqualTo(html.split("<script[^>]*\\ssrc=").length - 1);
        assertThat(browser.cspViolations)
                .as("CSP violations in the browser console")
                .isEmpty();
        page.context().close();
    }
}
