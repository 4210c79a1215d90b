package dev.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.mail.SealingKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console example under every preset: it starts, prints how to sign in, and the demo admin signs in and sees the people. */
class ConsoleDemoTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"TwoRoleWorkspace", "FlaggedPlatform", "TypedUsers", "ExpiringInvitationsOrganization", "SeatCountedTeam"})
    void theDemoAdminSignsInAndSeesThePeople(String preset) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ConsoleDemo.Running demo = ConsoleDemo.start(new InMemoryRosterStore(), SealingKey.generate("test"), 0, preset,
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("The console: http://127.0.0.1:" + demo.server().port() + "/roster/users", "admin@demo.example",
                    demo.adminPassword());
            assertThat(demo.toString()).doesNotContain(demo.adminPassword());
            String base = "http://127.0.0.1:" + demo.server().port() + "/roster";
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + demo.server().port())
                    .POST(HttpRequest.BodyPublishers.ofString("email=admin%40demo.example&password="
                            + URLEncoder.encode(demo.adminPassword(), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(303);
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Document page = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/users?tab=everyone")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(page.select("tbody tr")).hasSize(25);
            assertThat(page.select("nav.tabs a").eachText()).anyMatch(t -> t.startsWith("Pending 40"));
            assertThat(page.select("a[rel=next]")).hasSize(1);
        }
    }
}
