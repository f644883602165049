package ai.treasurecoast.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.identity.ConsoleTestUsers;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void logInLogOutAndTheBackButtonShowsNothingProtected() {
        Page page = browser.newPage();
        page.navigate("/admin");
        assertThat(page).hasURL(browser.base() + "/admin/login");
        Browser.screenshot(page, "login");

        Browser.login(page, TestAccounts.SUPER_EMAIL, "wrong-password-123456");
        assertThat(page.locator("[data-login-error]")).containsText("email or password is not correct");

        Response dashboard = page.navigate("/admin/login");
        Browser.login(page, TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agency dashboard")))
                .isVisible();
        Response again = page.navigate("/admin");
        assertThat(again.headers().get("cache-control")).contains("no-store");
        assertThat(again.headers().get("content-security-policy"))
                .contains("nonce-")
                .doesNotContain("unsafe-inline");
        Browser.screenshot(page, "dashboard-agency");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page).hasURL(browser.base() + "/admin/login?loggedOut");
        assertThat(page.locator(".flash")).containsText("logged out");

        page.goBack();
        page.waitForLoadState();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/login.*"));
        assertThat(page.locator("body")).not().containsText("Agency dashboard");
        page.navigate("/admin/workspaces");
        assertThat(page).hasURL(browser.base() + "/admin/login");
        page.context().close();
    }

    @Test
    void superAdminCreatesAWorkspaceAndSetsAnHttpsBookingUrl() {
        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String clientId = "browser-dental-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        page.navigate("/admin/workspaces");
        page.getByLabel("Business name").fill("Bright Smiles Dental");
        page.getByLabel("Client id").fill(clientId);
        page.getByLabel("Industry").selectOption("dental");
        page.getByLabel("Time zone").fill("America/New_York");
        Browser.screenshot(page, "workspaces");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("created");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bright Smiles Dental")))
                .isVisible();

        page.getByLabel("Your booking page").check();
        page.getByLabel("Booking page address").fill("http://booking.example.com/bright-smiles");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save booking settings"))
                .click();
        assertThat(page.locator("[data-field-error=externalBookingUrl]")).containsText("https://");
        assertThat(page.locator(".alert")).containsText("Nothing was saved");

        page.getByLabel("Booking page address").fill("https://booking.example.com/bright-smiles");
        assertThat(page.locator("[data-preview-url]")).containsText("https://booking.example.com/bright-smiles");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save booking settings"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("Booking settings saved");
        assertThat(page.getByLabel("Booking page address")).hasValue("https://booking.example.com/bright-smiles");
        Browser.screenshot(page, "workspace-settings");

        String workspaceUrl = page.url().replaceAll("/settings.*$", "");
        String workspaceId = workspaceUrl.substring(workspaceUrl.lastIndexOf('/') + 1);
        page.navigate("/admin/audit-logs");
        page.getByLabel("Workspace").selectOption(workspaceId);
        page.getByLabel("Action").selectOption("booking.update");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*action=booking\\.update.*"));
        assertThat(page.locator("tr[data-audit-action='booking.update']")).hasCount(1);
        assertThat(page.locator("tr[data-audit-action]")).hasCount(1);
        page.locator("[data-audit-entry] summary").first().click();
        assertThat(page.locator("[data-audit-entry] tr[data-changed=true]")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("externalBookingUrl")))
                .containsText("https://booking.example.com/bright-smiles");
        assertThat(page.locator("[data-export-link]"))
                .hasAttribute(
                        "href",
                        java.util.regex.Pattern.compile(
                                "/api/admin/audit-logs/export\\?.*workspaceId=" + workspaceId + ".*"));
        Browser.screenshot(page, "audit-log");
        APIResponse csv = page.request().get(page.locator("[data-export-link]").getAttribute("href"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("booking.update").doesNotContain("workspace.create");

        page.navigate(workspaceUrl + "/bots");
        page.getByLabel("Bot id").fill("website");
        page.getByLabel("Name shown to visitors").fill("Bright Smiles Assistant");
        page.getByLabel("Allowed websites").fill("https://www.brightsmiles.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create bot"))
                .click();
        assertThat(page.locator("[data-embed-code]")).containsText("data-client-id=\"" + clientId + "\"");
        assertThat(page.locator("[data-embed-code]")).containsText("data-bot-id=\"website\"");
        assertThat(page.locator("[data-embed-code]")).containsText("/widget.js");
        Browser.screenshot(page, "bot-embed");

        page.navigate(workspaceUrl + "/faqs");
        page.getByLabel("Question").fill("Do you take walk-ins?");
        page.getByLabel("Answer").fill("Yes, on weekdays from 9am to 11am. Appointments go first.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add faq"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("FAQ added");
        assertThat(page.locator("[data-knowledge-item]")).containsText("Do you take walk-ins?");
        Browser.screenshot(page, "faqs");
        page.navigate("/admin/audit-logs?workspaceId=" + workspaceId);
        page.getByLabel("Action").selectOption("faq.create");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page.locator("tr[data-audit-action]")).hasCount(1);
        assertThat(page.locator("tr[data-audit-action='faq.create']")).hasCount(1);
        page.navigate(workspaceUrl);
        Browser.screenshot(page, "dashboard-workspace");
        page.context().close();
    }

    @Test
    void aViewerSeesNoEditControlsAndAForgedPostIsRefused() {
        ApiClient admin = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String clientId = "viewer-ws-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        var created = admin.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "Viewer Plumbing",
                        "clientId",
                        clientId,
                        "industry",
                        "plumbing",
                        "timezone",
                        "America/Chicago"));
        String id = created.json().get("id").asString();
        String email = "viewer-" + clientId + "@example.test";
        ConsoleTestUsers.create(
                context, email, TestAccounts.USER_PASSWORD, Role.WORKSPACE_VIEWER, WorkspaceId.parse(id));

        Page page = Browser.login(browser.newPage(), email, TestAccounts.USER_PASSWORD);
        assertThat(page).hasURL(browser.base() + "/admin/workspaces/" + id);
        page.navigate("/admin/workspaces/" + id + "/settings");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save booking settings")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save general settings")))
                .hasCount(0);
        assertThat(page.getByText("View as client")).hasCount(0);
        assertThat(page.getByLabel("Booking page address")).isDisabled();
        Browser.screenshot(page, "viewer-settings");
        page.navigate("/admin/workspaces/" + id + "/bots");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create bot")))
                .hasCount(0);

        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        APIResponse forged = page.request()
                .post(
                        "/admin/workspaces/" + id + "/settings/booking",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("_csrf", token)
                                        .set("bookingMode", "external")
                                        .set("externalBookingUrl", "https://evil.example.com")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("request id");
        assertThat(admin.get("/api/admin/workspaces/" + id)
                        .json()
                        .get("bookingMode")
                        .asString())
                .isEqualTo("off");

        page.navigate("/admin/workspaces/" + java.util.UUID.randomUUID());
        assertThat(page.locator("[data-error-page]")).containsText("404");
        assertThat(page.locator("[data-request-id]")).not().isEmpty();
        Browser.screenshot(page, "error-404");
        page.context().close();
    }

    @Test
    void setPasswordPageSendsNoReferrerAndExplainsABadLink() {
        Page page = browser.newPage();
        Response response = page.navigate("/admin/set-password?token=not-a-real-token");
        assertThat(response.headers().get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(page.locator("[data-token-invalid]")).containsText("invalid or has expired");
        page.navigate("/admin/forgot-password");
        page.getByLabel("Email").fill("nobody@example.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reset link"))
                .click();
        assertThat(page.locator("[data-reset-sent]")).containsText("If an account exists");
        page.context().close();
    }
}
