package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.support.FastHasher;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.User;
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
 * Canary secrets (a password, a temporary password, a reset link's token and a session token),
 * each taken through its whole life, are in no column of any Roster table on PostgreSQL and in no
 * line Roster logs, refusals and failures included.
 */
class PostgresSecretScanTest {
    private static final DataSource DB = TestDatabases.postgresPool();
    private static final String CANARY = "canary-Passw0rd-7f3a9c1e";
    private static final String CANARY_AFTER_RESET = "canary-Reset-0b5d2e88";
    private static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0");

    @Test
    void noSecretIsStoredOrLogged() throws SQLException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;
        List<String> secrets = new ArrayList<>(List.of(CANARY, CANARY_AFTER_RESET));
        try {
            PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            Fixture f = new Fixture(TestPolicies.standard().build());
            RecordingMailTransport transport = new RecordingMailTransport();
            Roster roster = Roster.builder().store(f.store).policy(f.roster.policy()).clock(f.clock).mail(Fixture.mailSettings(transport))
                    .invitationLink(Fixture.LINK).passwordResetLink("https://app.example/reset?token={token}")
                    .passwords(PasswordSettings.builder().hasher(new FastHasher()).build()).sessions(SessionSettings.defaults()).build();
            User grace = f.member("grace@acme.example", TestPolicies.MEMBER);

            String temporary = roster.credentials().issueTemporaryPassword(f.adminActor, grace.id()).reveal();
            secrets.add(temporary);
            roster.credentials().authenticate(f.tenant, "grace@acme.example", temporary, FROM);
            roster.credentials().changePassword(f.actor(grace), temporary, CANARY);
            roster.credentials().authenticate(f.tenant, "grace@acme.example", CANARY + "x", FROM);
            catching(() -> roster.credentials().changePassword(f.actor(grace), CANARY + "x", CANARY_AFTER_RESET));
            String session = roster.sessions().signIn(f.tenant, "grace@acme.example", CANARY, FROM).session().orElseThrow().token();
            secrets.add(session);
            roster.sessions().validate(f.tenant, session);

            roster.credentials().requestPasswordReset(f.tenant, "grace@acme.example");
            roster.outbox().dispatch();
            String resetToken = Fixture.tokenIn(transport.sent().get(0));
            secrets.add(resetToken);
            catching(() -> roster.credentials().completePasswordReset(f.tenant, resetToken, "password"));
            roster.credentials().completePasswordReset(f.tenant, resetToken, CANARY_AFTER_RESET);
            catching(() -> roster.credentials().completePasswordReset(f.tenant, resetToken, CANARY_AFTER_RESET));
            roster.sessions().validate(f.tenant, session);
            roster.sessions().signIn(f.tenant, "grace@acme.example", CANARY_AFTER_RESET, FROM);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        List<String> needles = new ArrayList<>(secrets);
        secrets.forEach(s -> needles.add(URLEncoder.encode(s, StandardCharsets.UTF_8)));
        assertThat(TextColumns.holding(DB, needles, "roster_credential.password_hash", "roster_session.token_hash",
                "roster_password_reset.token_hash", "roster_outbox.sealed_secret", "roster_sign_in_attempt.user_agent", "roster_audit.details"))
                .isEmpty();
        String logged = log.toString(StandardCharsets.UTF_8);
        for (String secret : needles) {
            assertThat(logged).doesNotContain(secret);
        }
    }

    private static void catching(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException expected) {
            assertThat(expected.toString()).doesNotContain(CANARY).doesNotContain(CANARY_AFTER_RESET);
        }
    }
}
