package dev.roster.examples;

import dev.roster.adapters.smtp.SmtpMailTransport;
import dev.roster.adapters.smtp.SmtpSecurity;
import dev.roster.adapters.argon2.Argon2PasswordHasher;
import dev.roster.adapters.useragent.UapDeviceReader;
import dev.roster.core.Roster;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.session.Principal;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InvitationPreview;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.OutboxWorker;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import java.io.PrintStream;
import dev.roster.adapters.spreadsheet.CsvSheetSink;
import dev.roster.adapters.spreadsheet.ImportReports;
import dev.roster.adapters.spreadsheet.XlsxSheetSink;
import dev.roster.core.export.ExportRequest;
import dev.roster.core.export.UserField;
import dev.roster.adapters.spreadsheet.Spreadsheets;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowStatus;
import dev.roster.spi.sheet.SheetSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A guided tour of Roster: bootstrap a workspace and its admin, invite, accept, read the KPIs,
 * suspend, delete, restore, let the retention window pass, purge. It runs on an H2 database file
 * (or the database named by {@code -Droster.db}, see {@link TourDatabase}); each run makes a new
 * tenant, so the file keeps every run's data. Run it with the first command of the README; add
 * {@code -Droster.preset=SeatCountedTeam} (or another of {@link dev.roster.core.presets.Presets#names()}) for the same
 * steps under another preset.
 */
public final class Tour {

    private final PrintStream out;

    Tour(PrintStream out) {
        this.out = out;
    }

    /** Grace's password in the tour (a real one comes from a form, never from code). */
    private static final String GRACE_PASSWORD = "correct horse battery staple";

    public static void main(String[] args) {
        // Route Hibernate Validator's own logging through SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (TourDatabase database = new TourDatabase()) {
            System.out.println("Store: " + database.describe());
            new Tour(System.out).run(database.store(), database.sealingKey(), transport(System.out));
        }
    }

    /**
     * Mail goes to the console (subject and recipient only, never the link) unless
     * {@code -Droster.smtp.host} names a mail server: then over SMTP, with {@code -Droster.smtp.port},
     * {@code -Droster.smtp.security} (TLS, STARTTLS or NONE), {@code -Droster.smtp.user} and
     * {@code -Droster.smtp.password}.
     */
    static MailTransport transport(PrintStream out) {
        String host = System.getProperty("roster.smtp.host");
        if (host == null) {
            return new ConsoleMailTransport(out);
        }
        SmtpMailTransport.Builder smtp = SmtpMailTransport.builder().host(host)
                .security(SmtpSecurity.valueOf(System.getProperty("roster.smtp.security", "STARTTLS")))
                .port(Integer.parseInt(System.getProperty("roster.smtp.port", "0")));
        String user = System.getProperty("roster.smtp.user");
        if (user != null) {
            smtp.credentials(user, System.getProperty("roster.smtp.password", ""));
        }
        return smtp.build();
    }

    void run(RosterStore store, SealingKey key) {
        run(store, key, new ConsoleMailTransport(out));
    }

    void run(RosterStore store, SealingKey key, MailTransport transport) {
        run(store, key, transport, System.getProperty("roster.preset"));
    }

    /** The tour on {@link TwoRoleWorkspace}, or with {@code preset} named, {@link PresetTour}'s steps on that preset. */
    void run(RosterStore store, SealingKey key, MailTransport transport, String preset) {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-02T09:00:00Z"));
        MailSettings mail = MailSettings.builder()
                .renderer(MustacheMailRenderer.withDefaults())
                .transport(transport)
                .from(TenantMail.of("Acme Chat", new MailSender("The Acme team", EmailAddress.of("no-reply@acme.example"))))
                .sealingKey(key)
                .build();
        try (Roster roster = Roster.builder()
                .store(store)
                .mail(mail)
                .clock(clock)
                .policy(preset == null ? TwoRoleWorkspace.policy() : PresetTour.preset(preset))
                .invitationLink("https://app.example.com/invite?token={token}")
                .passwords(PasswordSettings.builder().hasher(Argon2PasswordHasher.owaspMinimum()).build())
                .sessions(SessionSettings.builder().devices(new UapDeviceReader()).build())
                .build();
             OutboxWorker worker = roster.outbox().startWorker()) {
            if (preset == null) {
                tour(roster, clock);
            } else {
                new PresetTour(out).tour(roster, preset);
            }
        }
    }

    private void tour(Roster roster, MovableClock clock) {
        TenantId tenant = TenantId.of("acme-" + Long.toString(System.currentTimeMillis(), 36));

        step("Bootstrap the tenant '" + tenant + "' with its first admin");
        User ada = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Acme Inc.", "ada@acme.example",
                ProfileFields.named("Ada", "Lovelace"), null, 10));
        Actor admin = Actor.user(tenant, ada.id());
        say("admin %s <%s> roles=%s", ada.profile().displayName(), ada.email(), ada.roles());

        step("Invite Grace as a standard user, with a personal message");
        InvitationReceipt grace = roster.invitations().invite(admin, new InviteCommand("Grace.Hopper@ACME.example",
                Set.of(TwoRoleWorkspace.USER), null, null, "Welcome aboard, Grace!", null));
        say("invitation %s for %s, expires %s, mail %s", grace.invitation().id(), grace.invitation().email(),
                grace.invitation().expiresAt(), grace.mail());
        say("the outbox worker sent it: %s", sentSoon(roster, admin, grace.invitation().id()));

        step("Bulk-invite three more; one address is bad and the batch skips it");
        var batch = roster.invitations().inviteAll(admin, new BatchInviteCommand(
                List.of("alan@acme.example", "not-an-address", "edsger@acme.example", "barbara@acme.example"),
                null, null, null, null, true));
        say("invited %d, rejected %s", batch.invited().size(),
                batch.rejected().stream().map(r -> "#" + r.index() + " " + r.code()).toList());

        step("Grace previews the link (changes nothing), then accepts");
        String token = grace.token().reveal();
        InvitationPreview.Details open = roster.invitees().preview(tenant, token).details().orElseThrow();
        say("preview: %s invites %s to %s", open.inviterName(), open.email(), open.tenantName());
        User graceUser = roster.credentials().acceptWithPassword(tenant, token, AcceptCommand.of(ProfileFields.named("Grace", "Hopper")),
                GRACE_PASSWORD);
        say("Grace is %s with roles %s; can use the workspace: %s, can open the admin panel: %s", graceUser.status(), graceUser.roles(),
                roster.permissions().check(tenant, graceUser.id(), TwoRoleWorkspace.WORKSPACE),
                roster.permissions().check(tenant, graceUser.id(), TwoRoleWorkspace.ADMIN_PANEL));
        try {
            roster.credentials().acceptWithPassword(tenant, token, AcceptCommand.of(ProfileFields.EMPTY), GRACE_PASSWORD);
        } catch (RosterException e) {
            say("accepting the same link again fails: %s", e.code());
        }

        step("Grace signs in: the session carries her permissions; a wrong password gets the one refusal");
        SignInContext laptop = new SignInContext("203.0.113.7",
                "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0");
        String session = roster.sessions().signIn(tenant, "grace.hopper@acme.example", GRACE_PASSWORD, laptop).session().orElseThrow().token();
        Principal principal = roster.sessions().validate(tenant, session).orElseThrow();
        say("signed in; the session can use the workspace: %s; device: %s", principal.has(TwoRoleWorkspace.WORKSPACE),
                roster.sessions().sessionsOf(admin, graceUser.id()).get(0).browser());
        say("a wrong password: %s", roster.credentials().authenticate(tenant, "grace.hopper@acme.example", "not her password", laptop)
                .outcome());

        step("Onboarding KPIs, tab counts, seats");
        cards(roster, admin);

        step("Suspend Grace, then reactivate her");
        User suspended = roster.lifecycle().suspend(admin, graceUser.id());
        say("Grace is %s; can use the workspace: %s; her session is valid: %s", suspended.status(),
                roster.permissions().check(tenant, graceUser.id(), TwoRoleWorkspace.WORKSPACE), roster.sessions().validate(tenant, session).isPresent());
        roster.lifecycle().reactivate(admin, graceUser.id());
        say("Grace is ACTIVE again; can use the workspace: %s", roster.permissions().check(tenant, graceUser.id(), TwoRoleWorkspace.WORKSPACE));

        step("The last admin cannot remove herself");
        try {
            roster.lifecycle().delete(Actor.system(tenant), ada.id());
        } catch (RosterException e) {
            say("deleting Ada fails: %s (%s)", e.code(), e.getMessage());
        }

        step("Grace asks what Roster holds about her: the host writes it as JSON");
        String json = PersonalDataJson.write(roster.users().exportPersonalData(admin, graceUser.id()));
        say("%d characters of JSON; her address in it: %s", json.length(), json.lines().map(String::strip)
                .filter(line -> line.startsWith("\"email\"")).findFirst().orElseThrow());

        step("Delete Grace, restore her with her role, delete her again");
        roster.lifecycle().delete(admin, graceUser.id());
        say("recently deleted: %d", roster.directory().tabCounts(admin).recentlyDeleted());
        User restored = roster.lifecycle().restore(admin, graceUser.id());
        say("restored: %s with roles %s", restored.status(), restored.roles());
        roster.lifecycle().delete(admin, graceUser.id());

        step("Eight days pass: the open invitations expire");
        clock.advance(Duration.ofDays(8));
        cards(roster, admin);
        say("marked expired: %d", roster.invitations().expireOverdue(tenant, 100));

        step("Thirty more days pass: the retention window ends and the purge removes Grace");
        clock.advance(Duration.ofDays(30));
        say("purged: %d; purged again: %d", roster.lifecycle().purgeExpired(tenant, 100), roster.lifecycle().purgeExpired(tenant, 100));
        say("members now: %s", roster.directory().listUsers(admin, UserListRequest.members(50)).items().stream()
                .map(u -> u.profile().displayName()).toList());
        say("the purge erased what named her: %s", roster.audit().list(admin,
                dev.roster.core.audit.AuditListRequest.forTarget("user", graceUser.id().toString(), 1)).items().get(0).details());

        bulkInviteFromASpreadsheet(roster, admin, tenant);
        exportTheUserList(roster, admin, tenant);

        step("The audit trail, newest first");
        roster.audit().list(admin, dev.roster.core.audit.AuditListRequest.latest(50)).items()
                .forEach(e -> say("%s  %-24s %s %s", e.at(), e.action(), e.targetType(), e.targetId()));
    }

    /** Writes a spreadsheet as an admin would fill one in, uploads it, and prints the report. */
    private void bulkInviteFromASpreadsheet(Roster roster, Actor admin, TenantId tenant) {
        step("Bulk-invite from a spreadsheet: a duplicate, a bad address and a member are reported, not invited");
        Path upload = TourFiles.path("new-starters-" + tenant + ".xlsx");
        TourFiles.xlsx(upload, List.of(
                List.of("New starters, November"),
                List.of(),
                List.of("Email", "First name", "Last name", "Role", "Personal message"),
                List.of("linus@acme.example", "Linus", "Torvalds", "Standard user", ""),
                List.of("margaret@acme.example", "Margaret", "Hamilton", "", "See you Monday!"),
                List.of(" LINUS@acme.example ", "Linus", "again", "", ""),
                List.of("not an address", "Nobody", "", "", ""),
                List.of("ada@acme.example", "Ada", "Lovelace", "Admin", "")));
        try (InputStream in = Files.newInputStream(upload); SheetSource rows = Spreadsheets.open(in, roster.policy().importLimits())) {
            ImportReport report = roster.imports().apply(admin, rows, ImportOptions.defaults().withMessage("Welcome to Acme!"));
            say("read %s: header on row %d", upload, report.headerRow());
            TourTable.print(out, List.of("row", "email", "status", "details"), report.rows().stream()
                    .map(r -> List.of(String.valueOf(r.row()), r.email(), ImportReports.statusText(r), ImportReports.detailText(r))).toList());
            say("totals: invited %d, skipped %d, invalid %d", report.count(RowStatus.INVITED),
                    report.count(RowStatus.DUPLICATE_IN_FILE) + report.count(RowStatus.ALREADY_MEMBER), report.count(RowStatus.INVALID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exports the tenant's users, every status, as CSV and XLSX files. */
    private void exportTheUserList(Roster roster, Actor admin, TenantId tenant) {
        step("Export the user list, every status, to CSV and XLSX");
        ExportRequest everyone = ExportRequest.of(UserListRequest.all(100), UserField.EMAIL, UserField.DISPLAY_NAME, UserField.ROLES,
                UserField.STATUS, UserField.CREATED_AT, UserField.LAST_LOGIN_AT);
        Path csv = TourFiles.path("users-" + tenant + ".csv");
        Path xlsx = TourFiles.path("users-" + tenant + ".xlsx");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8); OutputStream book = Files.newOutputStream(xlsx)) {
            say("%d user(s) to %s", roster.exports().exportUsers(admin, everyone, new CsvSheetSink(out)), csv);
            say("%d user(s) to %s", roster.exports().exportUsers(admin, everyone, new XlsxSheetSink(book, "Users")), xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worker sends as soon as the invitation commits; this waits a moment for it, as a page refresh would. */
    private static MailDelivery sentSoon(Roster roster, Actor admin, InvitationId invitation) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        MailDelivery delivery = roster.invitations().mailStatus(admin, invitation).delivery();
        while (delivery == MailDelivery.QUEUED && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            delivery = roster.invitations().mailStatus(admin, invitation).delivery();
        }
        return delivery;
    }

    /** The numbers an admin panel shows above its lists: the onboarding KPIs, the tabs, the seats. */
    void cards(Roster roster, Actor admin) {
        var kpis = roster.directory().onboarding(admin);
        var tabs = roster.directory().tabCounts(admin);
        var seats = roster.directory().seatUsage(admin);
        TourTable.print(out, List.of("Invited", "Completed", "Pending", "Completion rate", "|", "Active users", "Pending invites",
                "Recently deleted", "|", "Seats used", "Seat limit"), List.of(List.of(String.valueOf(kpis.invited()),
                String.valueOf(kpis.completed()), String.valueOf(kpis.pending()), kpis.completionRate() + "%", "|",
                String.valueOf(tabs.members()), String.valueOf(tabs.pendingInvitations()), String.valueOf(tabs.recentlyDeleted()), "|",
                String.valueOf(seats.used()), seats.limit().isPresent() ? String.valueOf(seats.limit().getAsInt()) : "none")));
    }

    private void step(String title) {
        out.println();
        out.println("== " + title);
    }

    private void say(String format, Object... args) {
        out.println("   " + String.format(format, args));
    }
}
