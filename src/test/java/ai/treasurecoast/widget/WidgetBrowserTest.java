package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The widget in a real Chromium, embedded in host pages on another origin that this test serves. */
@IntegrationTest
class WidgetBrowserTest {

    static Playwright playwright;
    static Browser browser;
    static HostPages host;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WidgetFixtures fixtures;
    BrowserContext context;
    Page page;
    final List<String> console = new CopyOnWriteArrayList<>();
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() throws Exception {
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        host = new HostPages();
    }

    @AfterAll
    static void stopBrowser() {
        host.close();
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openContext() {
        fixtures = new WidgetFixtures(port);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.onPageError(e -> pageErrors.add(e));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aNormalConversationEndsInAStoredLead() {
        var site = fixtures.site("dental", List.of());
        page.navigate(host.page("/normal", port, site, null, true, null));
        openChat();
        assertThat(page.locator(".log .msg.bot").first().textContent()).isEqualTo("Hi! How can we help?");
        assertThat(page.locator(".disclaimer").textContent()).contains("not medical advice");
        askUntilLeadFormOffered();
        fillLead("Ann Lee", "ann@example.com");
        page.getByText("Thank you! We received your details").waitFor();
        assertThat(leads(site)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM leads WHERE workspace_id = :w")
                        .param("w", UUID.fromString(site.workspaceId()))
                        .query(String.class)
                        .single())
                .isEqualTo("Ann Lee");
        page.keyboard().press("Escape");
        assertThat(page.locator(".panel").isHidden()).isTrue();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void everythingWorksUnderAStrictContentSecurityPolicy() {
        var site = fixtures.site("general", List.of());
        String ours = "http://localhost:" + port;
        String csp = "default-src 'none'; script-src " + ours + "; style-src " + ours + "; connect-src " + ours
                + "; img-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
        page.navigate(host.page("/strict", port, site, null, false, csp));
        openChat();
        askUntilLeadFormOffered();
        fillLead("Strict Visitor", "strict@example.com");
        page.getByText("Thank you! We received your details").waitFor();
        assertThat(leads(site)).isEqualTo(1);
        assertThat(console).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void diagnosticsShowADisallowedOriginClearly() {
        var site = fixtures.site("general", List.of("https://www.client.example"));
        page.navigate(host.page("/diagnostics", port, site, "data-diagnostics=\"true\"", true, null));
        page.getByText("Checks finished.").waitFor();
        String report = page.locator(".diag ul").textContent();
        assertThat(report).contains("This website (" + host.origin() + ") is not allowed for this chat");
        assertThat(page.locator(".diag .report").inputValue()).contains("PROBLEM: This website");
        assertThat(page.locator(".launcher").isHidden()).isTrue();
        page.locator("#host-button").click();
        assertThat(page.locator("#count").textContent()).isEqualTo("1");
    }

    @Test
    void offlineShowsRetryAndLeaveYourInfoAndTheLeadIsSentExactlyOnceOnReconnect() {
        var site = fixtures.site("general", List.of());
        page.navigate(host.page("/offline", port, site, null, true, null));
        openChat();
        context.setOffline(true);
        page.locator("#tcai-input").fill("Are you open on Saturday?");
        page.locator("#tcai-input").press("Enter");
        page.getByText("Retry").waitFor();
        errorButton("Leave your info").click();
        fillLead("Offline Olly", "olly@example.com");
        page.getByText("Your details are saved on this device").waitFor();
        assertThat(leads(site)).isZero();
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('tcai:q:')).length"))
                .isEqualTo(1);

        context.setOffline(false);
        page.getByText("Your saved details have now been sent").waitFor();
        assertThat(leads(site)).isEqualTo(1);
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('tcai:q:')).length"))
                .isEqualTo(0);
        page.reload();
        page.locator(".launcher").waitFor();
        page.waitForTimeout(500);
        assertThat(leads(site)).isEqualTo(1);
    }

    @Test
    void aServerErrorAndASlowServerGetAFriendlyRetry() {
        var site = fixtures.site("general", List.of());
        page.navigate(host.page("/errors", port, site, null, true, null));
        openChat();
        page.route(
                "**/api/widget/chat/**",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(500)
                        .setContentType("application/problem+json")
                        .setBody("{\"status\":500}")
                        .setHeaders(java.util.Map.of("Access-Control-Allow-Origin", "*"))));
        page.locator("#tcai-input").fill("Hello?");
        page.locator("#tcai-input").press("Enter");
        errorButton("Retry").waitFor();
        assertThat(errorButton("Leave your info").isVisible()).isTrue();

        page.unrouteAll();
        page.route("**/api/widget/chat/**", route -> {
            // Never answered: the widget's own 10 second timeout has to end the wait.
        });
        errorButton("Retry").click();
        assertThat(page.locator(".typing").isVisible()).isTrue();
        errorButton("Retry").waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        page.unrouteAll();
        errorButton("Retry").click();
        page.locator(".msg.bot:not(.error)").nth(1).waitFor();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void theHostPageKeepsWorkingWhileOurServerIsDown() {
        var site = fixtures.site("general", List.of());
        page.route("http://localhost:" + port + "/**", route -> route.abort());
        page.navigate(host.page("/down", port, site, null, true, null));
        page.locator("#host-button").click();
        page.locator("#host-button").click();
        assertThat(page.locator("#count").textContent()).isEqualTo("2");
        assertThat(pageErrors).isEmpty();

        // Only the API down: the launcher still offers the contact form instead of a broken chat.
        page.unrouteAll();
        page.route("http://localhost:" + port + "/api/**", route -> route.abort());
        page.reload();
        page.locator(".launcher").click();
        page.getByText("Leave your info").first().waitFor();
        assertThat(page.locator("#tcai-f-name").isVisible()).isTrue();
        page.locator("#host-button").click();
        assertThat(page.locator("#count").textContent()).isEqualTo("1");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void externalBookingOpensTheHttpsPageInANewTabAndLogsAnIntentAndPhonesGetAFullScreenPanel() {
        var site = fixtures.site("salon", List.of());
        fixtures.booking(site, "external", "https://book.example.com/salon");
        context.route(
                "https://book.example.com/**",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("text/html")
                        .setBody("<p>booking page</p>")));
        page.setViewportSize(375, 700);
        page.navigate(host.page("/booking", port, site, null, true, null));
        openChat();
        var box = page.locator(".panel").boundingBox();
        assertThat(box.width).isEqualTo(375.0);
        Locator book = page.locator(".head a.book");
        assertThat(book.getAttribute("href")).isEqualTo("https://book.example.com/salon");
        assertThat(book.getAttribute("target")).isEqualTo("_blank");
        assertThat(book.getAttribute("rel")).isEqualTo("noopener noreferrer");
        Page tab = context.waitForPage(book::click);
        tab.waitForLoadState();
        assertThat(tab.url()).isEqualTo("https://book.example.com/salon");
        long deadline = System.currentTimeMillis() + 10_000;
        while (intents(site) == 0 && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(200);
        }
        assertThat(intents(site)).isEqualTo(1);
    }

    @Test
    void crisisRepliesSourcesAndDisclaimersAreShownAsTextAndProminently() {
        var site = fixtures.site("medical", List.of());
        page.navigate(host.page("/crisis", port, site, null, true, null));
        openChat();
        String body = """
                {"sessionId":"abcdefghijklmnopqrstuvwxyz012345","reply":{"text":"<img src=x id=injected> Please call 911 now.",
                "kind":"crisis","sources":[{"type":"faq","id":"1","title":"<b>Emergencies</b>"}],
                "disclaimer":"Not medical advice."},"actions":[{"type":"call","phone":"+1 772 555 0100"}]}""";
        page.route(
                "**/api/widget/chat/**",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(body)
                        .setHeaders(java.util.Map.of("Access-Control-Allow-Origin", "*"))));
        page.locator("#tcai-input").fill("help");
        page.locator("#tcai-input").press("Enter");
        Locator crisis = page.locator(".msg.crisis");
        crisis.waitFor();
        assertThat(crisis.getAttribute("role")).isEqualTo("alert");
        assertThat(crisis.textContent())
                .startsWith("Important")
                .contains("<img src=x id=injected> Please call 911 now.");
        assertThat(page.locator("#injected").count()).isZero();
        assertThat(crisis.locator(".sources li").textContent()).isEqualTo("<b>Emergencies</b>");
        assertThat(crisis.locator(".note").textContent()).isEqualTo("Not medical advice.");
        assertThat(crisis.locator("a[href='tel:+17725550100']").count()).isEqualTo(1);
    }

    private long intents(WidgetFixtures.Site site) {
        return jdbc.sql("SELECT count(*) FROM booking_intents WHERE workspace_id = :w")
                .param("w", UUID.fromString(site.workspaceId()))
                .query(Long.class)
                .single();
    }

    private void openChat() {
        page.locator(".launcher").click();
        page.locator("#tcai-input").waitFor();
        assertThat(page.locator(".launcher").getAttribute("aria-expanded")).isEqualTo("true");
    }

    /** Asks until the bot offers the lead form (a pipeline may first ask one clarifying question). */
    private void askUntilLeadFormOffered() {
        String[] questions = {
            "Do you do emergency root canals on Sundays?",
            "Please have someone call me back.",
            "I would like a callback."
        };
        for (String q : questions) {
            int before = page.locator(".log .msg.bot").count();
            page.locator("#tcai-input").fill(q);
            page.locator("#tcai-input").press("Enter");
            page.locator(".log .msg.bot").nth(before).waitFor();
            Locator offer = page.locator(".log .msg.bot")
                    .nth(before)
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions()
                                    .setName("Leave your info")
                                    .setExact(true));
            if (offer.count() > 0) {
                offer.click();
                return;
            }
        }
        throw new AssertionError("the bot never offered the lead form");
    }

    private Locator errorButton(String name) {
        return page.locator(".msg.error")
                .last()
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void fillLead(String name, String email) {
        page.locator("#tcai-f-name").fill(name);
        page.locator("#tcai-f-email").fill(email);
        page.locator("#tcai-f-consent").check();
        page.locator("form.lead button.send").click();
    }

    private long leads(WidgetFixtures.Site site) {
        return jdbc.sql("SELECT count(*) FROM leads WHERE workspace_id = :w")
                .param("w", UUID.fromString(site.workspaceId()))
                .query(Long.class)
                .single();
    }
}
