package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console in a real Chromium: sign in, invite, suspend and reactivate, delete and restore, upload a
 * spreadsheet and send what its check found, edit a member, all by keyboard where a person would use one, with no console error and no Content-Security-Policy violation on any page.
 * Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private Playwright playwright;
    private Browser browser;
    private Fixture f;
    private ConsoleServer server;
    private BrowserContext context;
    private Page page;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void launch() {
        Chromium.require();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void serve() throws Exception {
        f = new Fixture(SeatCountedTeam.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
        var receipt = f.roster.invitations().invite(f.adminActor, InviteCommand.of("boss@bi.example", SeatCountedTeam.ADMIN));
        f.roster.credentials().acceptWithPassword(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.named("Bo", "Boss")), PASSWORD);
        for (int i = 0; i < 30; i++) {
            f.member("member" + i + "@bi.example", SeatCountedTeam.VIEWER);
        }
        server = ConsoleServer.start(Console.builder(f.roster).rosterSignIn(f.tenant, false).build(), 0, "/roster");
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                problems.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
    }

    @AfterEach
    void stop() {
        assertThat(problems).as("console errors and CSP violations").isEmpty();
        context.close();
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/roster" + path;
    }

    private void signIn() {
        page.navigate(url("/users"));
        assertThat(page.url()).endsWith("/roster/login");
        page.getByLabel("Email").fill("boss@bi.example");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/roster/users");
    }

    private String tab(String label) {
        return page.locator("nav.tabs a", new Page.LocatorOptions().setHasText(label)).innerText();
    }

    @Test
    void anAdminInvitesByKeyboardAndTheCountsChange() {
        signIn();
        assertThat(tab("Pending")).contains("0");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("people.png")).setFullPage(true));

        // Keyboard only: tab to the invite form's email field, fill the form, send it with Enter.
        for (int i = 0; i < 300 && !"invite-email".equals(page.evaluate("() => document.activeElement && document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("invite-email");
        page.keyboard().type("newcomer@bi.example");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("invite-role");
        // Past the user type and the flags' checkboxes, where the policy has them.
        for (int i = 0; i < 10 && !"invite-message".equals(page.evaluate("() => document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("invite-message");
        page.keyboard().type("Welcome aboard! <b>not bold</b>");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForURL("**/roster/users?**done=invited**");
        assertThat(page.locator(".notice").innerText()).isEqualTo("The invitation is on its way.");
        assertThat(tab("Pending")).contains("1");
        page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("Pending")).click();
        page.waitForURL("**tab=pending**");
        assertThat(page.locator("tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("tbody").innerText()).contains("newcomer@bi.example");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pending.png")).setFullPage(true));
    }

    @Test
    void anInviteeJoinsThroughTheLinkInASecondBrowserAndTheCountsChange() {
        signIn();
        String members = tab("Members");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("joiner@bi.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation").setExact(true)).click();
        page.waitForURL("**done=invited**");
        assertThat(tab("Pending")).contains("1");
        String token = f.dispatched().stream().filter(m -> m.to().value().equals("joiner@bi.example")).map(Fixture::tokenIn)
                .findFirst().orElseThrow();

        try (BrowserContext invitee = browser.newContext()) {
            Page other = invitee.newPage();
            other.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    problems.add("invitee: " + m.text());
                }
            });
            other.navigate(url("/accept?token=" + token));
            assertThat(other.locator("h1").innerText()).isEqualTo("Join Acme");
            other.getByLabel("First name").fill("Joan");
            other.getByLabel("Last name").fill("Joiner");
            other.getByLabel("Password").fill("a password of her own");
            other.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("accept.png")));
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
            other.waitForURL("**/roster/login?joined=1");
            assertThat(other.locator(".notice").innerText()).startsWith("Your account is ready.");
        }
        page.reload();
        assertThat(tab("Pending")).contains("0");
        assertThat(tab("Members")).isNotEqualTo(members).contains(String.valueOf(Integer.parseInt(members.replaceAll("\\D", "")) + 1));
        assertThat(page.locator("tbody").innerText()).contains("Joan Joiner");
    }

    @Test
    void anAdminSuspendsAndReactivatesAndPagesThroughTheList() {
        signIn();
        User target = f.roster.users().findByEmail(f.adminActor, "member29@bi.example").orElseThrow();
        var row = page.locator("tbody tr", new Page.LocatorOptions().setHasText("member29@bi.example"));
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Suspend")).click();
        page.waitForURL("**done=suspended**");
        assertThat(f.roster.users().get(f.adminActor, target.id()).status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(tab("Suspended")).contains("1");
        page.locator("tbody tr", new Page.LocatorOptions().setHasText("member29@bi.example"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reactivate")).click();
        page.waitForURL("**done=reactivated**");
        assertThat(f.roster.users().get(f.adminActor, target.id()).status()).isEqualTo(UserStatus.ACTIVE);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("member29").setExact(true)).click();
        page.waitForURL("**/roster/users/" + target.id());
        assertThat(page.locator("h1").innerText()).isEqualTo("member29");
        assertThat(page.locator("section[aria-labelledby=permissions-title] tbody tr").count()).isEqualTo(f.roster.policy().permissions().size());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("person.png")).setFullPage(true));
        page.goBack();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        page.waitForURL("**cursor=**");
        assertThat(page.locator("tbody tr").count()).isEqualTo(32 - 25);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous")).click();
        page.waitForURL(u -> !u.contains("cursor="));
        assertThat(page.locator("tbody tr").count()).isEqualTo(25);
    }

    @Test
    void theAuditTrailAndAnalyticsShowAndAPhoneSizedScreenStillShowsEveryPersonAndAction() {
        signIn();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        page.waitForURL("**/roster/audit");
        assertThat(page.locator("h1").innerText()).isEqualTo("Audit trail");
        assertThat(page.locator("tbody tr").count()).isGreaterThan(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Analytics")).click();
        page.waitForURL("**/roster/analytics");
        assertThat(page.locator("svg rect").count()).isEqualTo(30);
        assertThat(page.locator("svg").boundingBox().width).isGreaterThan(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("analytics.png")).setFullPage(true));
        page.navigate(url("/users"));
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("tbody tr").first().isVisible()).isTrue();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend")).first().isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("people-phone.png")).setFullPage(false));
    }

    @Test
    void anAdminUploadsASpreadsheetSeesTheCheckAsATableThenSendsIt() throws Exception {
        signIn();
        Path csv = Files.createTempFile("people", ".csv");
        Files.writeString(csv, "Email,First name\nnew.one@bi.example,New\nnot-an-address,Bad\nnew.two@bi.example,Two\n");
        page.setInputFiles("#upload-sheet", csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        page.waitForURL("**/roster/invitations/upload");
        assertThat(page.locator("tbody tr td:nth-child(3)").allInnerTexts()).containsExactly("would invite", "invalid", "would invite");
        assertThat(page.locator("tr.invalid").count()).isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("upload-check.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send 2 invitations")).click();
        page.waitForURL("**/roster/invitations/upload/apply");
        assertThat(page.locator("tbody tr td:nth-child(3)").allInnerTexts()).containsExactly("invited", "invalid", "invited");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).first().click();
        page.waitForURL("**/roster/users");
        assertThat(tab("Pending")).contains("2");
        Files.delete(csv);
    }

    @Test
    void anAdminDeletesAMemberConfirmsThenRestoresItFromRecentlyDeleted() {
        signIn();
        page.locator("tbody tr", new Page.LocatorOptions().setHasText("member28@bi.example"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Delete member28@bi.example?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
        page.waitForURL("**done=deleted**");
        page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("Recently deleted")).click();
        page.waitForURL("**tab=deleted**");
        page.locator("tbody tr", new Page.LocatorOptions().setHasText("member28@bi.example"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Restore")).click();
        page.waitForURL("**done=restored**");
        User restored = f.roster.users().findByEmail(f.adminActor, "member28@bi.example").orElseThrow();
        assertThat(restored.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(restored.roles()).containsExactly(SeatCountedTeam.VIEWER);
    }

    @Test
    void anAdminChangesAMembersRoleAndProfileFromItsPage() {
        signIn();
        User target = f.roster.users().findByEmail(f.adminActor, "member7@bi.example").orElseThrow();
        page.navigate(url("/users/" + target.id()));
        page.locator("details summary").click();
        page.getByLabel("First name").fill("Ada");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the profile")).click();
        page.waitForURL("**done=profile-saved**");
        assertThat(page.locator("dl.profile").innerText()).contains("First name\nAda");
        page.getByLabel(SeatCountedTeam.policy().role(SeatCountedTeam.ADMIN).label(), new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the roles")).click();
        page.waitForURL("**done=roles-saved**");
        assertThat(f.roster.users().get(f.adminActor, target.id()).roles()).contains(SeatCountedTeam.ADMIN);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("person-edit.png")).setFullPage(true));
    }
}
