package dev.roster.benchmarks.store;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.adapters.smtp.SmtpMailTransport;
import dev.roster.adapters.smtp.SmtpSecurity;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.MailVariables;
import dev.roster.spi.mail.RenderedMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The outbox's costs, one run: inviting with the outbox on PostgreSQL against inviting without mail
 * (timed in turn), and dispatching 1,000 queued messages to a local SMTP server (GreenMail) against
 * plain Jakarta Mail sending the same messages over one connection (each built into MIME as it is
 * sent, and, for reference, all built beforehand), and one connection per message.
 * Run: see docs/benchmarks.md.
 */
public final class OutboxBenchmark {
    private static final int MESSAGES = 1000;
    private static final int ROUNDS = Integer.getInteger("rounds", 9);
    /** One connection per message runs at a few dozen a second: timed on this many, not all. */
    private static final int PER_MESSAGE_SAMPLE = 200;
    private static final Permission ADMIN = Permission.of("users.manage");

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); HikariDataSource pool = StoreBenchmark.pool(pg.getJdbcUrl("postgres", "postgres"))) {
            JdbcRosterStore store = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.MIGRATE).build();
            int port = smtp.getSmtp().getPort();
            SmtpMailTransport transport = SmtpMailTransport.builder().host("127.0.0.1").port(port).security(SmtpSecurity.NONE).build();
            MailSettings mail = MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(transport)
                    .from(TenantMail.of("Acme", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                    .sealingKey(SealingKey.generate("bench")).build();
            try (Roster mailing = Roster.builder().store(store).policy(policy()).invitationLink("https://app.example/invite?token={token}")
                    .mail(mail).build();
                    Roster silent = Roster.builder().store(store).policy(policy()).withoutMail().build()) {
                run(mailing, silent, smtp, port, pool);
            }
        } finally {
            smtp.stop();
        }
        System.out.println("finished");
    }

    private static void run(Roster mailing, Roster silent, GreenMail smtp, int port, HikariDataSource pool) throws Exception {
        TenantId tenant = TenantId.of("bench");
        User ada = mailing.tenants().bootstrap(TenantBootstrap.of(tenant, "Bench", "ada@bench.example"));
        Actor admin = Actor.user(tenant, ada.id());

        List<String> bars = new ArrayList<>();
        bars.add(invite(mailing, silent, admin, pool));
        bars.addAll(dispatch(mailing, admin, smtp, port, pool));
        System.out.println();
        System.out.println("== bars");
        bars.forEach(System.out::println);
    }

    private static String invite(Roster mailing, Roster silent, Actor admin, HikariDataSource pool) throws Exception {
        System.out.println("== one invitation, PostgreSQL, timed in turn (one call of each per round)");
        int[] n = {0};
        Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
        calls.put("invite, no mail", () -> silent.invitations().invite(admin, InviteCommand.of("quiet" + n[0]++ + "@bench.example", null)));
        calls.put("invite, mail queued in the outbox", () -> mailing.invitations().invite(admin,
                InviteCommand.of("mailed" + n[0]++ + "@bench.example", null)));
        List<Stopwatch.Result> results = Stopwatch.interleaved(1000, 4000, calls);
        clear(pool);
        double ratio = results.get(1).medianMicros() / results.get(0).medianMicros();
        return String.format(Locale.ROOT, "%-44s %6.2fx   bar <= 1.3   %s", "invite with outbox / without mail", ratio,
                ratio <= 1.3 ? "met" : "NOT MET");
    }

    private static List<String> dispatch(Roster mailing, Actor admin, GreenMail smtp, int port, HikariDataSource pool) throws Exception {
        System.out.printf("%n== %,d messages to GreenMail on this machine (one connection per message: the first %d); %d rounds,"
                + " in turn; messages per second%n", MESSAGES, PER_MESSAGE_SAMPLE, ROUNDS);
        Session session = session(port);
        double[] roster = new double[ROUNDS];
        double[] builtAsSent = new double[ROUNDS];
        double[] prebuilt = new double[ROUNDS];
        double[] perMessage = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                addresses.add("r" + round + "-" + i + "@bench.example");
            }
            // GreenMail creates a mailbox on a first delivery: created before the clock runs, each phase pays the same.
            addresses.forEach(a -> smtp.setUser(a, a));
            List<PlainMail> plain = rendered(addresses);
            for (int from = 0; from < MESSAGES; from += 50) {
                mailing.invitations().inviteAll(admin, new BatchInviteCommand(addresses.subList(from, from + 50), null, null, null,
                        "Welcome to the team!", false));
            }
            // Roster and plain Jakarta Mail take turns going first, so neither always meets a warmer server.
            if (round % 2 == 0) {
                roster[round] = viaRoster(mailing, smtp);
                builtAsSent[round] = builtAsSent(session, port, plain, smtp);
            } else {
                builtAsSent[round] = builtAsSent(session, port, plain, smtp);
                roster[round] = viaRoster(mailing, smtp);
            }

            List<MimeMessage> built = new ArrayList<>();
            for (PlainMail mail : plain) {
                built.add(mail.build(session));
            }
            long start = System.nanoTime();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect("127.0.0.1", port, null, null);
                for (MimeMessage message : built) {
                    transport.sendMessage(message, message.getAllRecipients());
                }
            }
            prebuilt[round] = rate(start, MESSAGES);
            smtp.purgeEmailFromAllMailboxes();

            start = System.nanoTime();
            for (PlainMail mail : plain.subList(0, PER_MESSAGE_SAMPLE)) {
                Transport.send(mail.build(session));
            }
            perMessage[round] = rate(start, PER_MESSAGE_SAMPLE);
            smtp.purgeEmailFromAllMailboxes();
            System.out.printf(Locale.ROOT, "round %d: Roster dispatch %,.0f/s; plain Jakarta Mail, one connection: built as sent %,.0f/s,"
                    + " built beforehand %,.0f/s; one connection per message %,.0f/s%n",
                    round, roster[round], builtAsSent[round], prebuilt[round], perMessage[round]);
            clear(pool);
        }
        double r = median(roster);
        double one = median(builtAsSent);
        double before = median(prebuilt);
        double each = median(perMessage);
        System.out.printf(Locale.ROOT, "medians: Roster %,.0f/s; plain one connection: built as sent %,.0f/s, built beforehand %,.0f/s;"
                + " one connection per message %,.0f/s%n", r, one, before, each);
        return List.of(
                String.format(Locale.ROOT, "%-50s %6.2fx   bar >= 0.8   %s", "dispatch / plain, one connection, built as sent", r / one,
                        r / one >= 0.8 ? "met" : "NOT MET"),
                String.format(Locale.ROOT, "%-50s %6.2fx   (no bar: MIME built before the clock)", "dispatch / plain, one connection,"
                        + " built beforehand", r / before),
                String.format(Locale.ROOT, "%-50s %6.2fx   bar >= 5     %s", "dispatch / one connection per message", r / each,
                        r / each >= 5 ? "met" : "NOT MET"));
    }

    private static double viaRoster(Roster mailing, GreenMail smtp) throws Exception {
        long start = System.nanoTime();
        DispatchReport report = mailing.outbox().dispatch();
        double rate = rate(start, report.sent());
        if (report.sent() != MESSAGES) {
            throw new IllegalStateException("sent " + report.sent() + " of " + MESSAGES);
        }
        smtp.purgeEmailFromAllMailboxes();
        return rate;
    }

    private static double builtAsSent(Session session, int port, List<PlainMail> plain, GreenMail smtp) throws Exception {
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", port, null, null);
            for (PlainMail mail : plain) {
                MimeMessage message = mail.build(session);
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double rate = rate(start, MESSAGES);
        smtp.purgeEmailFromAllMailboxes();
        return rate;
    }

    private static Session session(int port) {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", Integer.toString(port));
        return Session.getInstance(props);
    }

    /** The same messages Roster sends (the bundled invitation, to the same people), rendered before the clock runs. */
    private static List<PlainMail> rendered(List<String> addresses) {
        MustacheMailRenderer renderer = MustacheMailRenderer.withDefaults();
        List<PlainMail> messages = new ArrayList<>();
        for (String address : addresses) {
            Map<String, String> v = new HashMap<>();
            v.put(MailVariables.PRODUCT_NAME, "Acme");
            v.put(MailVariables.TENANT_NAME, "Bench");
            v.put(MailVariables.SENDER_NAME, "Acme");
            v.put(MailVariables.INVITER_NAME, "ada@bench.example");
            v.put(MailVariables.PERSONAL_MESSAGE, "Welcome to the team!");
            v.put(MailVariables.RECIPIENT_ADDRESS, address);
            v.put(MailVariables.LINK, "https://app.example/invite?token=" + "x".repeat(43));
            v.put(MailVariables.EXPIRES_AT, "4 December 2026");
            messages.add(new PlainMail(address, renderer.render(MailKind.INVITATION, Locale.ENGLISH, v)));
        }
        return messages;
    }

    /** One rendered message, built into MIME (plain text and HTML alternatives) the way a host using Jakarta Mail would. */
    private record PlainMail(String to, RenderedMail content) {
        MimeMessage build(Session session) throws Exception {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress("no-reply@acme.example", "Acme", "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            m.setSubject(content.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(content.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(content.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            m.setContent(alternative);
            m.saveChanges();
            return m;
        }
    }

    private static double rate(long startNanos, int messages) {
        return messages / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Empties the outbox, so each round dispatches its own messages only. */
    private static void clear(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM roster_outbox");
            s.execute("VACUUM ANALYZE roster_outbox");
        }
    }

    private static Policy policy() {
        return Policy.builder().permissions(Set.of(ADMIN)).adminPermission(ADMIN)
                .role(RoleDefinition.of("admin", "Admin", Set.of(ADMIN))).role(RoleDefinition.of("member", "Member", Set.of()))
                .defaultRole(RoleId.of("member")).maxBatchInvites(50).build();
    }
}
