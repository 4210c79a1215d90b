package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.console.internal.SignInPages;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.User;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roster's own sign-in for the console, over HTTP: a session in a strict cookie, the same refusal for every failure, sign-out. */
class SignInTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final Fixture f = new Fixture(TwoRoleWorkspace.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
    private ConsoleClient client;
    private User boss;

    @BeforeEach
    void start() throws Exception {
        var receipt = f.roster.invitations().invite(f.adminActor, InviteCommand.of("boss@acme.example", TwoRoleWorkspace.ADMIN));
        boss = f.roster.credentials().acceptWithPassword(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY), PASSWORD);
        client = new ConsoleClient(Console.builder(f.roster).rosterSignIn(f.tenant, true).build());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return client.send("GET", path, cookie == null ? Map.of() : Map.of("Cookie", cookie), null);
    }

    private HttpResponse<String> post(String path, String body, String cookie, boolean sameOrigin) throws Exception {
        Map<String, String> headers = new java.util.HashMap<>();
        if (sameOrigin) {
            headers.put("Origin", client.origin());
        }
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return client.send("POST", path, headers, body);
    }

    private static String cookieOf(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void aMemberSignsInUsesTheConsoleAndSignsOut() throws Exception {
        HttpResponse<String> anonymous = get("/users", null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/roster/login");
        Document form = Jsoup.parse(get("/login", null).body());
        assertThat(form.select("label[for=email]")).hasSize(1);
        assertThat(form.select("input#password[type=password]")).hasSize(1);

        HttpResponse<String> signedIn = post("/login", "email=boss%40acme.example&password=" + PASSWORD.replace(" ", "+"), null, true);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(SignInPages.COOKIE + "=").contains("HttpOnly", "SameSite=Strict", "Secure", "Path=/roster");
        String cookie = cookieOf(signedIn);

        HttpResponse<String> page = get("/users", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("boss@acme.example");
        String token = Jsoup.parse(page.body()).selectFirst("form[action$=/logout] input[name=csrf]").attr("value");

        HttpResponse<String> out = post("/logout", "csrf=" + token, cookie, true);
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(get("/users", cookie).statusCode()).as("the session ended, not just the cookie").isEqualTo(303);
    }

    @Test
    void everyFailureReadsTheSameAndASignInFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> wrongPassword = post("/login", "email=boss%40acme.example&password=nope", null, true);
        HttpResponse<String> nobody = post("/login", "email=nobody%40acme.example&password=nope", null, true);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrongPassword.body()).select("[role=alert]").text()).isEqualTo(Jsoup.parse(nobody.body()).select("[role=alert]").text());
        assertThat(wrongPassword.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> forged = post("/login", "email=boss%40acme.example&password=" + PASSWORD.replace(" ", "+"), null, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aSuspendedMembersSessionStopsAtOnce() throws Exception {
        String cookie = cookieOf(post("/login", "email=boss%40acme.example&password=" + PASSWORD.replace(" ", "+"), null, true));
        assertThat(get("/users", cookie).statusCode()).isEqualTo(200);
        f.roster.lifecycle().suspend(f.adminActor, boss.id());
        assertThat(get("/users", cookie).statusCode()).isEqualTo(303);
        assertThat(get("/users", "roster_console=forged-token").statusCode()).isEqualTo(303);
    }
}
