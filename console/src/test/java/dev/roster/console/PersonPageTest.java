package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A member's page: profile, permissions with the layer that decided each, sessions with revoke, sign-in attempts, audit entries. */
class PersonPageTest {
    private static final String PASSWORD = "a long enough password";
    private static final SignInContext LAPTOP = new SignInContext("203.0.113.9",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36");
    private final Fixture f = new Fixture(TwoRoleWorkspace.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
    private final Console console = Console.builder(f.roster).authorizer(r -> r.header(ConsoleFixture.ACTING)
            .map(id -> Actor.user(f.tenant, UserId.parse(id)))).build();

    private User grace() {
        var receipt = f.roster.invitations().invite(f.adminActor, InviteCommand.of("grace@acme.example", TwoRoleWorkspace.USER));
        return f.roster.credentials().acceptWithPassword(f.tenant, receipt.token().reveal(),
                AcceptCommand.of(ProfileFields.named("Grace", "<i>Hopper</i>")), PASSWORD);
    }

    private ConsoleResponse call(String method, User as, String path, Map<String, String> query, Map<String, String> form) {
        Map<String, List<String>> q = new java.util.HashMap<>();
        query.forEach((k, v) -> q.put(k, List.of(v)));
        Map<String, List<String>> fields = new java.util.HashMap<>();
        form.forEach((k, v) -> fields.put(k, List.of(v)));
        return console.handle(new ConsoleRequest(method, "/roster", path, q, fields, Map.of("Host", List.of(ConsoleFixture.HOST), "Origin",
                List.of("https://" + ConsoleFixture.HOST), ConsoleFixture.ACTING, List.of(as.id().toString())), "192.0.2.1", null));
    }

    private Document page(User as, String path) {
        return Jsoup.parse(new String(call("GET", as, path, Map.of(), Map.of()).body(), StandardCharsets.UTF_8));
    }

    private static List<String> column(Document page, String section, int index) {
        return page.select("section[aria-labelledby=" + section + "] tbody tr").stream().map(tr -> tr.select("td").get(index).text()).toList();
    }

    @Test
    void theAdminSeesWhatDecidedEachPermissionAndTheSessionsAndAttempts() {
        User grace = grace();
        f.roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, LAPTOP);
        f.roster.sessions().signIn(f.tenant, "grace@acme.example", "wrong password", LAPTOP);
        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        f.roster.lifecycle().reactivate(f.adminActor, grace.id());

        Document page = page(f.admin, "/users/" + grace.id());
        assertThat(page.select("h1").text()).isEqualTo("Grace <i>Hopper</i>");
        assertThat(page.select("h1 i")).isEmpty();
        assertThat(page.select("dl.profile dt").eachText()).contains("Email", "First name", "Roles", "Status", "Last login");
        assertThat(column(page, "permissions-title", 0)).contains(TwoRoleWorkspace.WORKSPACE.value(), TwoRoleWorkspace.ADMIN_PANEL.value());
        int workspace = column(page, "permissions-title", 0).indexOf(TwoRoleWorkspace.WORKSPACE.value());
        assertThat(column(page, "permissions-title", 1).get(workspace)).isEqualTo("Yes");
        assertThat(column(page, "permissions-title", 2).get(workspace)).isEqualTo("role");
        assertThat(column(page, "attempts-title", 2)).contains("Success", "Failed");
        assertThat(column(page, "attempts-title", 1)).contains("203.0.113.9");
        assertThat(column(page, "audit-title", 1)).contains("user.suspended", "user.reactivated");
        assertThat(column(page, "audit-title", 2)).contains("ada@acme.example");
        assertThat(page.select("main a[href=/roster/users]").text()).as("the way back to the list").isEqualTo("People");
    }

    @Test
    void revokingASessionFromThePageEndsIt() {
        User grace = grace();
        String token = f.roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, LAPTOP).session().orElseThrow().token();
        Document page = page(f.admin, "/users/" + grace.id());
        assertThat(column(page, "sessions-title", 1)).containsExactly("203.0.113.9");
        var revoke = page.selectFirst("section[aria-labelledby=sessions-title] form");
        String path = revoke.attr("action").substring("/roster".length());
        int q = path.indexOf('?');
        ConsoleResponse done = call("POST", f.admin, path.substring(0, q), Map.of("user", grace.id().toString()),
                Map.of("csrf", revoke.selectFirst("input[name=csrf]").attr("value")));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.headers().get("Location")).isEqualTo("/roster/users/" + grace.id() + "?done=session-ended");
        assertThat(f.roster.sessions().validate(f.tenant, token)).isEmpty();
        assertThat(column(page(f.admin, "/users/" + grace.id()), "sessions-title", 1)).isEmpty();
    }

    @Test
    void aMemberWhoMayNotViewPeopleSeesNoOnesPage() {
        User grace = grace();
        ConsoleResponse refused = call("GET", grace, "/users/" + f.admin.id(), Map.of(), Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("ada@acme.example");
        assertThat(call("GET", f.admin, "/users/" + UserId.of(java.util.UUID.randomUUID()), Map.of(), Map.of()).status()).isEqualTo(404);
        assertThat(call("POST", grace, "/users/" + f.admin.id() + "/end-sessions", Map.of(), Map.of("csrf", "x")).status()).isEqualTo(403);
    }

    @Test
    void aPasswordResetShowsTheTemporaryPasswordOnceAndItSignsInOnlyToChangeIt() {
        User grace = grace();
        Document page = page(f.admin, "/users/" + grace.id());
        var reset = page.select("form").stream().filter(form -> form.text().equals("Reset the password")).findFirst().orElseThrow();
        String target = reset.attr("action").substring("/roster".length());
        ConsoleResponse asked = call("POST", f.admin, target, Map.of(), Map.of("csrf", reset.selectFirst("input[name=csrf]").attr("value")));
        Document confirm = Jsoup.parse(new String(asked.body(), StandardCharsets.UTF_8));
        assertThat(confirm.select("h1").text()).isEqualTo("Reset the password of grace@acme.example?");
        assertThat(f.roster.sessions().signIn(f.tenant, "grace@acme.example", PASSWORD, LAPTOP).outcome()).as("nothing changed yet")
                .isEqualTo(dev.roster.core.credential.SignInResult.Outcome.SIGNED_IN);
        ConsoleResponse shown = call("POST", f.admin, target, Map.of(), Map.of("csrf", confirm.selectFirst("input[name=csrf]").attr("value"),
                "confirmed", "1"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.headers().get("Cache-Control")).isEqualTo("no-store");
        String temporary = Jsoup.parse(new String(shown.body(), StandardCharsets.UTF_8)).select("p.secret code").text();
        assertThat(temporary).isNotBlank();
        assertThat(f.roster.sessions().signIn(f.tenant, "grace@acme.example", temporary, LAPTOP).outcome())
                .isEqualTo(dev.roster.core.credential.SignInResult.Outcome.MUST_CHANGE_PASSWORD);
        assertThat(new String(call("GET", f.admin, "/users/" + grace.id(), Map.of(), Map.of()).body(), StandardCharsets.UTF_8))
                .doesNotContain(temporary);
        assertThat(call("POST", grace, "/users/" + f.admin.id() + "/reset-password", Map.of(), Map.of("csrf", "x")).status())
                .as("without the token").isEqualTo(403);
    }
}
