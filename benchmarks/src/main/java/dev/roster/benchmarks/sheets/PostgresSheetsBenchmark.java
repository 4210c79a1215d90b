package dev.roster.benchmarks.sheets;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.adapters.spreadsheet.CsvSheetSink;
import dev.roster.adapters.spreadsheet.Spreadsheets;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.export.ExportRequest;
import dev.roster.core.export.UserField;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.sheet.SheetSource;
import dev.roster.spi.store.UserSort;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Spreadsheets against PostgreSQL, one run per mode: {@code import} applies the 100,000-row
 * workbook (invitations, their audit entries and their queued mail) against a raw {@code COPY} of
 * the same invitations; {@code export} writes 1,000,000 users to CSV through the directory against
 * {@code COPY (SELECT ...) TO STDOUT WITH CSV} of the same columns (run it under -Xmx128m).
 * Run: see docs/benchmarks.md.
 */
public final class PostgresSheetsBenchmark {
    private PostgresSheetsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "import";
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB").start();
             HikariDataSource pool = dev.roster.benchmarks.store.StoreBenchmark.pool(pg.getJdbcUrl("postgres", "postgres"))) {
            JdbcRosterStore store = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.MIGRATE).build();
            try (Roster roster = Roster.builder().store(store).policy(DryRunBenchmark.policy()).mail(queuedOnly())
                    .invitationLink("https://app.example/invite?token={token}").build()) {
                if ("export".equals(mode)) {
                    export(roster, pool);
                } else {
                    importing(roster, pool);
                }
            }
        }
    }

    private static void importing(Roster roster, HikariDataSource pool) throws Exception {
        Path file = SheetFiles.people(100_000);
        // A database in use: other tenants' users and invitations, and the planner's statistics of them.
        try (Connection c = pool.getConnection()) {
            dev.roster.benchmarks.store.LargeTenants.loadBoth(c, 100_000);
        }
        Actor admin = bootstrap(roster, "bench");
        long start = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(file); SheetSource rows = Spreadsheets.open(in, roster.policy().importLimits())) {
            report = roster.imports().apply(admin, rows, ImportOptions.defaults().withBatchSize(1_000).withoutRowsKept());
        }
        double roster1 = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "roster import: %,d invited in %.2f s (%,.0f rows/s)%n", report.count(RowStatus.INVITED), roster1,
                report.count(RowStatus.INVITED) / roster1);

        bootstrap(roster, "copy");
        String copyText = invitationsAsCopy("copy", 100_000);
        double copy;
        try (Connection c = pool.getConnection()) {
            CopyManager copier = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            long copied = copier.copyIn("COPY roster_invitation (tenant_id, invitation_id, email, email_key, token_hash, roles, user_type, "
                    + "permission_flags, invitee_first_name, invitee_last_name, invitee_display_name, invitee_phone, invitee_timezone, "
                    + "invitee_external_id, message, status, created_at, expires_at, last_sent_at, resend_count, version, name_key, search_text) FROM STDIN",
                    new java.io.StringReader(copyText));
            copy = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "raw COPY: %,d invitations in %.2f s (%,.0f rows/s)%n", copied, copy, copied / copy);
        }
        System.out.printf(Locale.ROOT, "roster at %.2fx the rows per second of COPY (bar: at least 0.5x)%n", copy / roster1);
    }

    /** The rows the import makes of the file, as COPY text: the same addresses, names, roles and details. */
    private static String invitationsAsCopy(String tenant, int rows) {
        StringBuilder text = new StringBuilder(rows * 260);
        String[] zones = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "Australia/Sydney"};
        for (int r = 1; r <= rows; r++) {
            String email = String.format(Locale.ROOT, "person%07d@example.com", r);
            String first = "First" + (r % 997);
            String last = "Last" + (r % 1009);
            String nameKey = (first + " " + last).toLowerCase(Locale.ROOT);
            text.append(tenant).append('\t').append(UUID.randomUUID()).append('\t').append(email).append('\t').append(email).append('\t')
                    .append(UUID.randomUUID().toString().replace("-", "")).append(UUID.randomUUID().toString().replace("-", "")).append('\t')
                    .append(r % 10 == 0 ? ",admin," : ",member,").append("\tmember\t\t").append(first).append('\t').append(last).append('\t')
                    .append(first).append(' ').append(last).append("\t+49 30 ").append(1_000_000 + r % 9_000_000).append('\t')
                    .append(zones[r % zones.length]).append('\t').append(10_000_000_000L + r).append('\t')
                    .append(r % 3 == 0 ? "Welcome aboard!" : "\\N")
                    .append("\tPENDING\t2026-11-27 10:00:00+00\t2026-12-04 10:00:00+00\t2026-11-27 10:00:00+00\t0\t0\t")
                    .append(nameKey).append('\t').append(nameKey).append("\\n").append(email).append('\n');
        }
        return text.toString();
    }

    private static void export(Roster roster, HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection()) {
            dev.roster.benchmarks.store.LargeTenants.loadBoth(c, 1_000_000);
        }
        UserId adminId;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT user_id FROM roster_user WHERE tenant_id = 'big' AND is_admin AND status = 'ACTIVE' LIMIT 1")) {
            rs.next();
            adminId = UserId.of((UUID) rs.getObject(1));
        }
        Actor admin = Actor.user(TenantId.of("big"), adminId);
        ExportRequest everyone = ExportRequest.of(UserListRequest.all(500).withSort(UserSort.EMAIL, false), UserField.EMAIL,
                UserField.FIRST_NAME, UserField.LAST_NAME, UserField.DISPLAY_NAME, UserField.STATUS, UserField.CREATED_AT);
        String copySql = "COPY (SELECT email, first_name, last_name, display_name, status, created_at FROM roster_user "
                + "WHERE tenant_id = 'big' ORDER BY email_key, user_id) TO STDOUT WITH CSV";
        for (int round = 1; round <= 3; round++) {
            Counting out = new Counting();
            long t0 = System.nanoTime();
            long rows = roster.exports().exportUsers(admin, everyone, new CsvSheetSink(out));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Counting raw = new Counting();
            double copy;
            long copied;
            try (Connection c = pool.getConnection()) {
                long t1 = System.nanoTime();
                copied = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql, raw);
                copy = (System.nanoTime() - t1) / 1e9;
            }
            System.out.printf(Locale.ROOT, "round %d: roster %,d rows (%,d chars) in %.2f s (%,.0f rows/s); COPY %,d rows (%,d chars) in %.2f s "
                    + "(%,.0f rows/s); roster at %.2fx (bar: at least 0.5x); heap max %.0f MB%n", round, rows, out.chars, seconds,
                    rows / seconds, copied, raw.chars, copy, copied / copy, copy / seconds, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static Actor bootstrap(Roster roster, String tenant) {
        User admin = roster.tenants().bootstrap(new TenantBootstrap(TenantId.of(tenant), tenant, "ada@" + tenant + ".example",
                ProfileFields.named("Ada", "L"), null, null));
        return Actor.user(TenantId.of(tenant), admin.id());
    }

    /** Mail is queued in the outbox as for any invitation; nothing sends it during the run. */
    public static MailSettings queuedOnly() {
        return MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(() -> new MailConnection() {
            @Override
            public void send(dev.roster.spi.mail.OutgoingMail mail) {
            }

            @Override
            public void close() {
            }
        }).from(TenantMail.of("Bench", new MailSender("Bench", EmailAddress.of("no-reply@bench.example")))).sealingKey(SealingKey.generate("bench"))
                .build();
    }

    /** A writer that only counts. */
    private static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
