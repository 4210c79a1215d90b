package dev.roster.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.spi.model.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring Boot host on the embedded PostgreSQL, with Roster's mail on (to a test SMTP server): the
 * application's transaction decides for Roster's invitation and its mail, and the console answers the
 * signed-in admin through Spring Security, CSRF token and all, and nobody else.
 */
@SpringBootTest(classes = TeamApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"team.founder-password=founders-own-password", "roster.mail.from=no-reply@acme.example",
            "roster.mail.product-name=Acme", "roster.mail.host=localhost", "roster.mail.security=none",
            "roster.invitation-link=https://team.acme.example/invite?token={token}"})
class TeamApplicationTest {
    /** Started before the context, which reads its port; stopped with the JVM, as the context is kept for other tests. */
    private static final GreenMail SMTP = startSmtp();
    private static final EmbeddedPostgres POSTGRES = start();
    private static final TenantId ACME = TenantId.of("acme");

    @Autowired
    private TeamService team;
    @Autowired
    private Roster roster;
    @LocalServerPort
    private int port;

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    private static long receivedBy(String email) throws Exception {
        long count = 0;
        for (var message : SMTP.getReceivedMessages()) {
            count += message.getAllRecipients()[0].toString().equals(email) ? 1 : 0;
        }
        return count;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("start the embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("roster.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("roster.mail.sealing-key", () -> SealingKey.generate("k1").toBase64());
    }

    private Actor ada() {
        return Actor.user(ACME, roster.users().findByEmail(Actor.system(ACME), "ada@acme.example").orElseThrow().id());
    }

    private boolean invited(String email) {
        return roster.directory().listInvitations(ada(), InvitationListRequest.all(100)).items().stream()
                .anyMatch(i -> i.email().value().equals(email));
    }

    @Test
    void aTransactionalInviteThatThenFailsLeavesNoInvitationAndNoMail() throws Exception {
        Throwable failed = catchThrowable(() -> team.inviteWithNote(ada(), "lost@acme.example", "x".repeat(201)));

        assertThat(failed).as("the application's own insert fails after Roster's invite").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(invited("lost@acme.example")).as("the invitation rolled back with it").isFalse();
        assertThat(roster.outbox().dispatch().handled()).as("no mail was queued").isZero();
        assertThat(receivedBy("lost@acme.example")).isZero();

        InvitationReceipt kept = team.inviteWithNote(ada(), "grace@acme.example", "Welcome aboard");
        assertThat(team.notesOf(kept)).isEqualTo(1);
        // Waits for each next message (the other test's mail may still be arriving) until hers is among them.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (receivedBy("grace@acme.example") == 0 && System.nanoTime() < deadline) {
            SMTP.waitForIncomingEmail(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), SMTP.getReceivedMessages().length + 1);
        }
        assertThat(receivedBy("grace@acme.example")).as("the committed one is mailed by the worker").isEqualTo(1);
        assertThat(receivedBy("lost@acme.example")).isZero();
    }

    @Test
    void theConsoleAnswersTheSignedInAdminAndRefusesAnAnonymousRequest() throws Exception {
        Browser anonymous = new Browser();
        HttpResponse<String> page = anonymous.get("/roster/users");
        assertThat(page.statusCode()).as("sent to the application's login").isEqualTo(302);
        assertThat(page.headers().firstValue("location").orElse("")).endsWith("/login");
        HttpResponse<String> forged = anonymous.post("/roster/invitations", Map.of("email", "mallory@acme.example"));
        assertThat(forged.statusCode()).as("refused by Spring Security, or sent to its login").isIn(302, 403);
        assertThat(forged.headers().firstValue("location").orElse("/login")).endsWith("/login");
        assertThat(invited("mallory@acme.example")).isFalse();

        Browser admin = new Browser();
        Document login = Jsoup.parse(admin.get("/login").body());
        HttpResponse<String> signedIn = admin.post("/login", Map.of("username", "ada@acme.example", "password", "founders-own-password",
                "_csrf", login.selectFirst("input[name=_csrf]").attr("value")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        Document users = Jsoup.parse(admin.get("/roster/users").body());
        assertThat(users.select("td").eachText()).contains("ada@acme.example");

        Element invite = users.selectFirst("form[action$=/roster/invitations]");
        Map<String, String> fields = new LinkedHashMap<>();
        invite.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        assertThat(fields).containsKeys("csrf", "_csrf");
        fields.put("email", "hedy@acme.example");
        Map<String, String> withoutHostToken = new LinkedHashMap<>(fields);
        withoutHostToken.remove("_csrf");
        assertThat(admin.post("/roster/invitations", withoutHostToken).statusCode()).as("Spring Security's CSRF filter").isEqualTo(403);
        assertThat(invited("hedy@acme.example")).isFalse();

        assertThat(admin.post("/roster/invitations", fields).statusCode()).isEqualTo(303);
        assertThat(invited("hedy@acme.example")).as("invited through the console").isTrue();
        assertThat(roster.directory().listUsers(ada(), UserListRequest.all(100)).items()).hasSize(1);

        // The upload's multipart body is streamed by the console, so Spring Security reads its token from the form's address.
        Element upload = users.selectFirst("form[enctype=multipart/form-data]");
        assertThat(upload.attr("action")).contains("_csrf=");
        HttpResponse<String> checked = admin.upload(upload.attr("action"), upload.selectFirst("input[name=csrf]").attr("value"),
                "email\nzoe@acme.example\n");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(checked.body()).select("td").eachText()).contains("zoe@acme.example");
        assertThat(admin.upload("/roster/invitations/upload", upload.selectFirst("input[name=csrf]").attr("value"), "email\nzoe@acme.example\n")
                .statusCode()).as("without the host's token in the address").isEqualTo(403);
    }

    /** A client that keeps its cookies and sends the Origin a browser would, without following redirects. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String action, String consoleToken, String csv) throws Exception {
            String boundary = "----roster-test-boundary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + consoleToken + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nuser\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"people.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            return client.send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Origin", "http://localhost:" + port).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
