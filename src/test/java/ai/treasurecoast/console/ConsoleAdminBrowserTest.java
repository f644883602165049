package ai.treasurecoast.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.identity.ConsoleTestUsers;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAdminBrowserTest {

    @Autowired
    ApplicationContext context;

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

    private String createWorkspace(String name) {
        ApiClient admin = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String clientId = "console-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        var created = admin.post(
                "/api/admin/workspaces",
                Map.of("name", name, "clientId", clientId, "industry", "med_spa", "timezone", "America/New_York"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void impersonationShowsABannerIsReadOnlyAndBothEndsAreAudited() {
        String id = createWorkspace("Harbor Med Spa");
        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        page.navigate("/admin/workspaces/" + id);
        assertThat(page.locator("[data-impersonation-banner]")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View as client"))
                .click();
        assertThat(page.locator("[data-impersonation-banner]")).containsText("Harbor Med Spa");
        assertThat(page.locator("[data-impersonation-banner]")).containsText("read-only");
        Browser.screenshot(page, "impersonation");

        page.navigate("/admin/workspaces/" + id + "/settings");
        assertThat(page.locator("[data-impersonation-banner]")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save booking settings")))
                .hasCount(0);
        assertThat(page.getByText("Delete this workspace")).hasCount(0);
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        var forged = page.request()
                .post(
                        "/admin/workspaces/" + id + "/settings/failsafe",
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setForm(com.microsoft.playwright.options.FormData.create()
                                        .set("_csrf", token)
                                        .set("aiEnabled", "false")));
        assertThat(forged.status()).isEqualTo(403);
        page.navigate("/admin/users");
        assertThat(page.locator("[data-error-page]")).containsText("403");

        page.navigate("/admin/workspaces/" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop viewing as client"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("stopped viewing");
        assertThat(page.locator("[data-impersonation-banner]")).hasCount(0);

        page.navigate("/admin/audit-logs?workspaceId=" + id + "&targetType=workspace");
        assertThat(page.locator("tr[data-audit-action='impersonation.start']")).hasCount(1);
        assertThat(page.locator("tr[data-audit-action='impersonation.stop']")).hasCount(1);
        assertThat(page.locator("tr[data-audit-action='impersonation.start']")).containsText("viewing as client");
        page.context().close();
    }

    @Test
    void anInvitedUserSetsTheirPasswordFromTheEmailedLinkAndLogsIn() {
        String id = createWorkspace("Coastal Dental Office");
        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String email = "manager-" + ThreadLocalRandom.current().nextInt(100000, 999999) + "@example.test";
        page.navigate("/admin/users");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("WORKSPACE_ADMIN");
        page.getByLabel("Workspace", new Page.GetByLabelOptions().setExact(true))
                .selectOption(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("Invitation sent to " + email);
        assertThat(page.locator("tr[data-user-row='" + email + "']")).containsText("Invited");
        Browser.screenshot(page, "users");

        // The emailed link itself is covered by identity's mail tests; GreenMail's fixed port is shared
        // by every builder on this machine, so the browser test issues the same kind of link directly.
        String link = ConsoleTestUsers.inviteLink(context, email);
        assertThat(link).as("invitation link").isNotNull();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        Page invited = browser.newPage();
        var response = invited.navigate(link);
        assertThat(response.headers().get("referrer-policy")).isEqualTo("no-referrer");
        invited.getByLabel("New password").fill("short");
        invited.getByLabel("Repeat the password").fill("short");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        Browser.screenshot(invited, "set-password-error");
        assertThat(invited.locator("#newPassword-error")).isVisible();
        invited.getByLabel("New password").fill("harbor lights over the quiet bay");
        invited.getByLabel("Repeat the password").fill("harbor lights over the quiet bay");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(invited.locator(".flash")).containsText("password is set");
        Browser.login(invited, email, "harbor lights over the quiet bay");
        assertThat(invited).hasURL(browser.base() + "/admin/workspaces/" + id);
        assertThat(invited.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coastal Dental Office")))
                .isVisible();
        assertThat(invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View as client")))
                .hasCount(0);
        invited.navigate("/admin/workspaces");
        assertThat(invited).hasURL(browser.base() + "/admin/workspaces/" + id);
        invited.navigate("/admin/audit-logs");
        assertThat(invited.locator("tr[data-audit-action='auth.login']").first())
                .isVisible();
        assertThat(invited.getByLabel("Workspace")).hasCount(0);
        invited.navigate("/admin/system");
        assertThat(invited.locator("[data-error-page]")).containsText("403");
        invited.context().close();
    }

    @Test
    void aFailingTestNotificationShowsAFriendlyReasonAndTheBanner() {
        String id = createWorkspace("Sunrise Veterinary");
        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        page.navigate("/admin/workspaces/" + id + "/settings");
        assertThat(page.locator("[data-notifications-banner]"))
                .containsText("Requests are saved but you won't be alerted.");
        page.navigate("/admin/workspaces/" + id + "/notifications");
        page.getByLabel("Email addresses").fill("frontdesk@sunrise-vet.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notification settings"))
                .click();
        assertThat(page.locator("[data-flash]")).containsText("Notification settings saved");
        // The test profile points SMTP at 127.0.0.1:3025 with no mail server listening: a broken setting.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test notification"))
                .click();
        assertThat(page.locator("[data-test-failure]")).containsText("not delivered");
        String reason = page.locator("[data-test-failure]").innerText();
        assertThat(reason)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("javax")
                .doesNotContain("jakarta");
        assertThat(page.locator("[data-notifications-banner]"))
                .containsText("Requests are saved but you won't be alerted.");
        Browser.screenshot(page, "notifications-failing");
        page.navigate("/admin/workspaces/" + id + "/leads");
        assertThat(page.locator("[data-notifications-banner]")).isVisible();
        page.context().close();
    }

    @Test
    void systemPageShowsHealthToSuperAdminsAndWorksOnAPhone() {
        Page page = Browser.login(browser.newPage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        page.navigate("/admin/system");
        assertThat(page.locator("[data-system-status]")).hasText("OK");
        Browser.screenshot(page, "system");
        page.context().close();

        Page phone = Browser.login(browser.newPhonePage(), TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        phone.navigate("/admin/workspaces");
        assertThat(phone.locator("#main-nav")).isHidden();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        assertThat(phone.locator("#main-nav")).isVisible();
        Browser.screenshot(phone, "phone-workspaces");
        phone.context().close();
    }
}
