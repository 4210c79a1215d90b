package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.console.internal.StaticFiles;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console over real HTTP on the JDK adapter, on a free loopback port, as a browser or an attacker would send it. */
class ConsoleHttpTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ConsoleClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    private String url(String path) {
        return client.url(path);
    }

    private HttpResponse<String> get(String path, User as) throws IOException, InterruptedException {
        return client.send("GET", path, as == null ? Map.of() : Map.of(ConsoleFixture.ACTING, as.id().toString()), null);
    }

    private HttpResponse<String> post(String path, User as, String origin, String body) throws IOException, InterruptedException {
        Map<String, String> headers = new java.util.HashMap<>();
        if (as != null) {
            headers.put(ConsoleFixture.ACTING, as.id().toString());
        }
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return client.send("POST", path, headers, body);
    }

    private String origin() {
        return client.origin();
    }

    @Test
    void withoutAnAuthorizerEveryRequestIsRefused() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        client = new ConsoleClient(Console.builder(c.f.roster).build());
        assertThat(get("/users", c.f.admin).statusCode()).isEqualTo(403);
        assertThat(post("/users/" + c.f.admin.id() + "/suspend", c.f.admin, origin(), "csrf=x").statusCode()).isEqualTo(403);
        assertThat(get("/users", c.f.admin).body()).doesNotContain("ada@acme.example");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        client = new ConsoleClient(c.console);
        for (HttpResponse<String> response : java.util.List.of(get("/users", c.f.admin), get("/users", null), get("/nowhere", c.f.admin))) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        assertThat(get("/users", c.f.admin).statusCode()).isEqualTo(200);
    }

    @Test
    void aPostWithoutTheTokenOrFromAnotherOriginChangesNothing() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        client = new ConsoleClient(c.console);
        String token = c.token(c.f.admin);
        String suspend = "/users/" + grace.id() + "/suspend";

        assertThat(post(suspend, c.f.admin, origin(), "").statusCode()).isEqualTo(403);
        assertThat(post(suspend, c.f.admin, origin(), "csrf=" + token + "x").statusCode()).isEqualTo(403);
        assertThat(post(suspend, c.f.admin, "https://evil.example", "csrf=" + token).statusCode()).isEqualTo(403);
        assertThat(post(suspend, c.f.admin, null, "csrf=" + token).statusCode()).as("no Origin and no Referer").isEqualTo(403);
        User other = c.f.member("other@acme.example", TwoRoleWorkspace.ADMIN);
        assertThat(post(suspend, other, origin(), "csrf=" + token).statusCode()).as("another actor's token").isEqualTo(403);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.ACTIVE);

        HttpResponse<String> done = post(suspend, c.f.admin, origin(), "csrf=" + token);
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);
    }

    /** A page under Referrer-Policy: no-referrer sends Origin: null; the browser's Sec-Fetch-Site then says where the form came from. */
    @Test
    void aNullOriginIsJudgedByFetchMetadata() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        client = new ConsoleClient(c.console);
        String token = c.token(c.f.admin);
        String suspend = url("/users/" + grace.id() + "/suspend");
        java.util.function.BiFunction<String, String, Integer> send = (origin, site) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(suspend)).POST(HttpRequest.BodyPublishers.ofString("csrf=" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(ConsoleFixture.ACTING, c.f.admin.id().toString())
                    .header("Origin", origin);
            if (site != null) {
                b.header("Sec-Fetch-Site", site);
            }
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(send.apply("null", null)).isEqualTo(403);
        assertThat(send.apply("null", "cross-site")).isEqualTo(403);
        assertThat(send.apply("null", "same-site")).isEqualTo(403);
        assertThat(send.apply(origin(), "cross-site")).as("the browser's word wins over a header a client could set").isEqualTo(403);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(send.apply("null", "same-origin")).isEqualTo(303);
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void aMemberWithoutThePermissionCannotActByCraftingThePost() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User user = c.f.member("user@acme.example", TwoRoleWorkspace.USER);
        client = new ConsoleClient(c.console);
        // The member's own token, as its own page would carry it if it could see one.
        String token = new dev.roster.console.internal.Guard(new byte[32]).token(c.f.actor(user));
        HttpResponse<String> crafted = post("/users/" + c.f.admin.id() + "/suspend", user, origin(), "csrf=" + token);
        assertThat(crafted.statusCode()).as("a token of another key is refused").isEqualTo(403);
        assertThat(c.f.roster.users().get(c.f.adminActor, c.f.admin.id()).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void aMemberWithItsOwnValidTokenIsStillHeldToItsPermissions() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User user = c.f.member("user@acme.example", TwoRoleWorkspace.USER);
        byte[] key = new byte[32];
        Console console = Console.builder(c.f.roster).formKey(key).authorizer(request -> request.header(ConsoleFixture.ACTING)
                .map(id -> dev.roster.core.access.Actor.user(c.f.tenant, dev.roster.spi.model.UserId.parse(id)))).build();
        client = new ConsoleClient(console);
        String token = new dev.roster.console.internal.Guard(key).token(c.f.actor(user));
        HttpResponse<String> crafted = post("/users/" + c.f.admin.id() + "/suspend", user, origin(), "csrf=" + token);
        assertThat(crafted.statusCode()).isEqualTo(303);
        assertThat(crafted.headers().firstValue("Location").orElseThrow()).contains("problem=PERMISSION_DENIED");
        assertThat(c.f.roster.users().get(c.f.adminActor, c.f.admin.id()).status()).isEqualTo(UserStatus.ACTIVE);
        HttpResponse<String> invite = post("/invitations", user, origin(), "csrf=" + token + "&email=new%40acme.example");
        assertThat(invite.headers().firstValue("Location").orElseThrow()).contains("problem=PERMISSION_DENIED");
    }

    @Test
    void anInvitationMessageWithHtmlIsSentAsTextAndTheFormRedirects() throws Exception {
        ConsoleFixture c = new ConsoleFixture(SeatCountedTeam.policy());
        client = new ConsoleClient(c.console);
        String token = c.token(c.f.admin);
        HttpResponse<String> sent = post("/invitations", c.f.admin, origin(), "csrf=" + token
                + "&email=new%40bi.example&role=viewer&message=%3Cscript%3Ealert(1)%3C%2Fscript%3E&back=tab%3Dpending");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).isEqualTo("/roster/users?tab=pending&done=invited");
        HttpResponse<String> page = get("/users?tab=pending", c.f.admin);
        assertThat(page.body()).contains("new@bi.example").doesNotContain("<script>alert(1)</script>");
        HttpResponse<String> bad = post("/invitations", c.f.admin, origin(), "csrf=" + token + "&email=not-an-address");
        assertThat(bad.headers().firstValue("Location").orElseThrow()).contains("problem=VALIDATION_FAILED", "field=email");
    }

    @Test
    void aRedirectNeverLeavesTheConsole() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        client = new ConsoleClient(c.console);
        String token = c.token(c.f.admin);
        HttpResponse<String> done = post("/users/" + grace.id() + "/suspend", c.f.admin, origin(), "csrf=" + token
                + "&back=%0d%0aSet-Cookie:%20x=1//evil.example/");
        assertThat(done.headers().firstValue("Location").orElseThrow()).isEqualTo("/roster/users?done=suspended");
        assertThat(done.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void htmxIsServedFromTheJarAsPinned() throws Exception {
        ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());
        client = new ConsoleClient(c.console);
        HttpResponse<byte[]> script = http.send(HttpRequest.newBuilder(URI.create(url("/static/" + StaticFiles.HTMX))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.body())))
                .as("htmx 2.0.11, dist/htmx.min.js of the npm package").isEqualTo("d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717");
        assertThat(get("/users", c.f.admin).body()).contains("/roster/static/" + StaticFiles.HTMX);
        assertThat(get("/static/../../etc/passwd", null).statusCode()).isEqualTo(404);
    }
}
