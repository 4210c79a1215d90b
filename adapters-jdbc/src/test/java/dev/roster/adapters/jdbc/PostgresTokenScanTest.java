package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.RecordingMailTransport.Behaviour;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.support.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A known raw token is in no column of any Roster table on PostgreSQL, the outbox included, at
 * any point of its mail's life, and in no line Roster logs (nor is the address a refusal quotes).
 */
class PostgresTokenScanTest {
    private static final DataSource DB = TestDatabases.postgresPool();

    @Test
    void noRawTokenIsStoredOrLogged() throws SQLException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;
        List<String> tokens = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try {
            PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            Fixture f = new Fixture();
            InvitationReceipt single = f.invite("grace@acme.example");
            tokens.add(single.token().reveal());
            f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(List.of("a@acme.example", "b@acme.example"),
                    null, null, null, "Welcome", false)).invited().forEach(r -> tokens.add(r.token().reveal()));
            found.addAll(scan(tokens));

            f.mail.behave(Behaviour.REFUSE_FOR_NOW);
            f.roster.outbox().dispatch();
            found.addAll(scan(tokens));
            tokens.add(f.roster.invitations().resend(f.adminActor, single.invitation().id()).token().reveal());
            f.mail.behave(Behaviour.REFUSE_FOR_GOOD);
            f.clock.advance(java.time.Duration.ofHours(2));
            f.roster.outbox().dispatch();
            f.mail.behave(Behaviour.ACCEPT);
            f.roster.invitations().resend(f.adminActor, single.invitation().id());
            f.roster.outbox().dispatch();
            found.addAll(scan(tokens));
            assertThat(f.mail.sent()).as("the links did go out").isNotEmpty();
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the capture caught Roster's warnings").contains("was given up");
        assertThat(logged).as("a refusal quotes the address; the log line does not").contains("(address)")
                .doesNotContain("grace@acme.example");
        assertThat(found).isEmpty();
        for (String token : tokens) {
            assertThat(logged).doesNotContain(token);
        }
    }

    private static List<String> scan(List<String> tokens) throws SQLException {
        List<String> needles = new ArrayList<>(tokens);
        tokens.forEach(t -> needles.add(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        return TextColumns.holding(DB, needles, "roster_outbox.sealed_secret", "roster_outbox.last_error", "roster_invitation.token_hash",
                "roster_audit.details");
    }
}
