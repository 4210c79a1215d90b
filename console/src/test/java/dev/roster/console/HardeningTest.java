package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a red-team pass over the first console found, each pinned: rebinding, confirmations, dead ends, stray words. */
class HardeningTest {
    private final ConsoleFixture c = new ConsoleFixture(TwoRoleWorkspace.policy());

    /** One raw HTTP/1.1 exchange, so the Host header is whatever the test says. */
    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aPageThatRebindsItsNameToTheConsolesAddressGetsNothing() throws Exception {
        try (ConsoleServer server = ConsoleServer.start(c.console, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/roster",
                Set.of("admin.example.com"))) {
            int port = server.port();
            String acting = ConsoleFixture.ACTING + ": " + c.f.admin.id() + "\r\n";
            assertThat(raw(port, "GET /roster/users HTTP/1.1\r\nHost: rebind.evil.example:" + port + "\r\n" + acting + "Connection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 421");
            assertThat(raw(port, "GET /roster/users HTTP/1.1\r\n" + acting + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 4");
            assertThat(raw(port, "GET /roster/users HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + acting + "Connection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
            assertThat(raw(port, "GET /roster/users HTTP/1.1\r\nHost: ADMIN.example.com\r\n" + acting + "Connection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void deletingAsksFirstAndOnlyTheConfirmedPostDeletes() {
        User grace = c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        String token = c.token(c.f.admin);
        ConsoleResponse asked = c.post(c.f.admin, "/users/" + grace.id() + "/delete", Map.of("csrf", token, "back", "tab=members&q=gr*"));
        assertThat(asked.status()).isEqualTo(200);
        Document confirm = org.jsoup.Jsoup.parse(new String(asked.body(), StandardCharsets.UTF_8));
        assertThat(confirm.select("h1").text()).isEqualTo("Delete grace@acme.example?");
        assertThat(confirm.select("a").last().attr("href")).isEqualTo("/roster/users?tab=members&q=gr*");
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.ACTIVE);

        ConsoleResponse done = c.post(c.f.admin, "/users/" + grace.id() + "/delete", Map.of("csrf", token, "back", "tab=members&q=gr*",
                "confirmed", "1"));
        assertThat(done.headers().get("Location")).as("a search with * is kept").isEqualTo("/roster/users?tab=members&q=gr*&done=deleted");
        assertThat(c.f.roster.users().get(c.f.adminActor, grace.id()).status()).isEqualTo(UserStatus.DELETED);
    }

    @Test
    void theAddressPutsNoWordsOnThePageAndABadOneStartsTheListOver() {
        Document page = c.page(c.f.admin, "/users?problem=VALIDATION_FAILED&field=YourAccountIsLocked.Call.support.at.555.0100&done=purged");
        assertThat(page.select(".problem").text()).isEqualTo("Please check the form.");
        assertThat(page.select(".notice")).isEmpty();
        assertThat(c.page(c.f.admin, "/users?problem=VALIDATION_FAILED&field=email").select(".problem").text())
                .isEqualTo("Please check the form (the email).");

        ConsoleResponse garbage = c.get(c.f.admin, "/users?cursor=garbage&q=%00");
        assertThat(garbage.status()).isEqualTo(200);
        Document over = org.jsoup.Jsoup.parse(new String(garbage.body(), StandardCharsets.UTF_8));
        assertThat(over.select(".problem").text()).startsWith("The list started over");
        assertThat(over.select("tbody tr")).hasSize(1);
        assertThat(over.select("#q").attr("maxlength")).isEqualTo("200");
    }

    @Test
    void eachButtonNamesThePersonItActsOnAndTheScriptIsCached() {
        c.f.member("grace@acme.example", TwoRoleWorkspace.USER);
        Document page = c.page(c.f.admin, "/users");
        assertThat(page.select("td.actions button").eachAttr("aria-label")).contains("Suspend grace@acme.example", "Delete grace@acme.example");
        ConsoleResponse script = c.get(null, "/static/" + dev.roster.console.internal.StaticFiles.HTMX);
        assertThat(script.headers().get("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(c.get(c.f.admin, "/users").headers().get("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aSignedInMemberWhoMayNotSeePeopleCanSignOutAndAStaleCookieIsCleared() throws Exception {
        Fixture f = new Fixture(TwoRoleWorkspace.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
        var receipt = f.roster.invitations().invite(f.adminActor, dev.roster.core.invitation.InviteCommand.of("user@acme.example",
                TwoRoleWorkspace.USER));
        f.roster.credentials().acceptWithPassword(f.tenant, receipt.token().reveal(),
                dev.roster.core.invitation.AcceptCommand.of(dev.roster.core.user.ProfileFields.EMPTY), "a long enough password");
        Console console = Console.builder(f.roster).rosterSignIn(f.tenant, true).build();
        Map<String, java.util.List<String>> headers = Map.of("Host", java.util.List.of("console.example"), "Origin",
                java.util.List.of("https://console.example"));
        ConsoleResponse signedIn = console.handle(new ConsoleRequest("POST", "/roster", "/login", Map.of(), Map.of("email",
                java.util.List.of("user@acme.example"), "password", java.util.List.of("a long enough password")), headers, null, null));
        String cookie = signedIn.headers().get("Set-Cookie").split(";")[0];
        Map<String, java.util.List<String>> withCookie = Map.of("Host", java.util.List.of("console.example"), "Origin",
                java.util.List.of("https://console.example"), "Cookie", java.util.List.of(cookie));
        ConsoleResponse refused = console.handle(new ConsoleRequest("GET", "/roster", "/users", Map.of(), Map.of(), withCookie, null, null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("action=\"/roster/logout\"");

        f.roster.sessions().signOut(f.tenant, cookie.substring(cookie.indexOf('=') + 1));
        ConsoleResponse out = console.handle(new ConsoleRequest("POST", "/roster", "/logout", Map.of(), Map.of(), withCookie, null, null));
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.headers().get("Set-Cookie")).contains("Max-Age=0");
    }
}
