package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.InvitationStatus;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An invitation's link leads to the console's join page: join with a password, or decline; a used or unknown link reads the same. */
class AcceptTest {
    private final Fixture f = new Fixture(TwoRoleWorkspace.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
    private ConsoleClient client;
    private String token;
    private dev.roster.spi.model.InvitationId invitation;

    @BeforeEach
    void start() throws Exception {
        var receipt = f.roster.invitations().invite(f.adminActor, new InviteCommand("grace@acme.example", Set.of(TwoRoleWorkspace.USER), null, null,
                "Welcome <script>alert(1)</script>", null));
        token = receipt.token().reveal();
        invitation = receipt.invitation().id();
        client = new ConsoleClient(Console.builder(f.roster).rosterSignIn(f.tenant, false).build());
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private HttpResponse<String> post(String body, boolean sameOrigin) throws Exception {
        return client.send("POST", "/accept", sameOrigin ? Map.of("Origin", client.origin()) : Map.of(), body);
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(client.send("GET", path, Map.of(), null).body());
    }

    @Test
    void theLinkShowsTheInvitationAndJoiningMakesAMemberWhoCanSignIn() throws Exception {
        Document form = page("/accept?token=" + token);
        assertThat(form.select("h1").text()).isEqualTo("Join Acme");
        assertThat(form.select("blockquote.message").text()).isEqualTo("Welcome <script>alert(1)</script>");
        assertThat(form.select("script:not([src])")).isEmpty();
        assertThat(form.select("label[for=new-password]")).hasSize(1);

        String join = "token=" + token + "&firstName=Grace&lastName=Hopper&password=" + URLEncoder.encode("a long enough password", StandardCharsets.UTF_8)
                + "&join=1";
        assertThat(post(join, false).statusCode()).as("from another site").isEqualTo(403);
        assertThat(f.roster.invitations().get(f.adminActor, invitation).status()).isEqualTo(InvitationStatus.PENDING);

        HttpResponse<String> joined = post(join, true);
        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(joined.headers().firstValue("Location")).contains("/roster/login?joined=1");
        assertThat(f.roster.invitations().get(f.adminActor, invitation).status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(f.roster.users().findByEmail(f.adminActor, "grace@acme.example").orElseThrow().profile().displayName()).isEqualTo("Grace Hopper");
        assertThat(page("/login?joined=1").select(".notice").text()).startsWith("Your account is ready.");

        String used = page("/accept?token=" + token).select("[role=status]").text();
        String unknown = page("/accept?token=nonsense").select("[role=status]").text();
        assertThat(used).isEqualTo(unknown).startsWith("This invitation can no longer be used.");
        assertThat(post(join, true).body()).contains("This invitation can no longer be used.");
    }

    @Test
    void aWeakPasswordIsRefusedByNameAndDecliningClosesTheInvitation() throws Exception {
        HttpResponse<String> weak = post("token=" + token + "&password=short&join=1", true);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(weak.body()).select(".problem").text()).contains("password");
        assertThat(f.roster.invitations().get(f.adminActor, invitation).status()).isEqualTo(InvitationStatus.PENDING);

        HttpResponse<String> declined = post("token=" + token + "&decline=1", true);
        assertThat(Jsoup.parse(declined.body()).select("[role=status]").text()).startsWith("You declined the invitation.");
        assertThat(f.roster.invitations().get(f.adminActor, invitation).status()).isEqualTo(InvitationStatus.DECLINED);
    }
}
