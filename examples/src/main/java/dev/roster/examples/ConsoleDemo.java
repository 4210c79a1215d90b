package dev.roster.examples;

import dev.roster.adapters.argon2.Argon2PasswordHasher;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.console.Console;
import dev.roster.console.ConsoleServer;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

/**
 * The admin console on the JDK's HTTP server over the tour's database (embedded H2 unless
 * {@code -Droster.db} names another): a demo tenant with a few hundred people under one preset
 * ({@code -Droster.preset}, SeatCountedTeam by default), and a demo admin who signs in through Roster's
 * own sign-in with the password printed at start. {@code -Droster.console.port} (default 8081).
 * Run: {@code mvn -pl examples exec:java@console}, then open the address it prints.
 */
public final class ConsoleDemo {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "po", "la", "ze", "bu", "fi", "go", "ha"};

    private ConsoleDemo() {
    }

    public static void main(String[] args) throws Exception {
        try (TourDatabase db = new TourDatabase();
             Running running = start(db.store(), db.sealingKey(), Integer.getInteger("roster.console.port", 8081),
                     System.getProperty("roster.preset", "SeatCountedTeam"), System.out)) {
            Thread.currentThread().join();
        }
    }

    /** A started demo: stop it to stop the server and Roster. */
    public record Running(Roster roster, ConsoleServer server, TenantId tenant, String adminEmail, String adminPassword)
            implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            roster.close();
        }

        /** The password is printed once at start, never in a toString. */
        @Override
        public String toString() {
            return "Running[" + server.address() + ", tenant=" + tenant + ", admin=" + adminEmail + "]";
        }
    }

    static Running start(RosterStore store, dev.roster.core.mail.SealingKey key, int requestedPort, String preset, PrintStream out)
            throws IOException {
        Policy policy = PresetTour.preset(preset);
        int port = requestedPort != 0 ? requestedPort : freePort(); // the invitation links name it before the server starts
        Roster roster = Roster.builder().store(store).policy(policy)
                .mail(MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(new RecordingMailTransport())
                        .from(TenantMail.of("Demo", new MailSender("Demo", EmailAddress.of("no-reply@demo.example")))).sealingKey(key).build())
                .invitationLink("http://127.0.0.1:" + port + "/roster/accept?token={token}")
                .passwords(PasswordSettings.builder().hasher(Argon2PasswordHasher.owaspMinimum()).requiredAtAcceptance(false).build())
                .sessions(SessionSettings.defaults())
                .build();
        TenantId tenant = TenantId.of("demo-" + Long.toString(System.currentTimeMillis(), 36));
        User founder = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Demo", "founder@demo.example", profile("Fay", "Founder"), null, null));
        Actor admin = Actor.user(tenant, founder.id());
        RoleId adminRole = policy.roles().values().stream().filter(r -> r.permissions().contains(policy.adminPermission()))
                .map(RoleDefinition::id).findFirst().orElseThrow();
        String password = password();
        var receipt = roster.invitations().invite(admin, new InviteCommand("admin@demo.example", Set.of(adminRole), policy.adminUserType(), null,
                null, null));
        roster.credentials().acceptWithPassword(tenant, receipt.token().reveal(), AcceptCommand.of(profile("Dana", "Demo")), password);
        people(roster, admin, policy, out);
        Console console = Console.builder(roster).rosterSignIn(tenant, false).build();
        ConsoleServer server = ConsoleServer.start(console, port, "/roster");
        out.println("The console: " + server.address());
        out.println("Sign in as admin@demo.example with the password " + password + " (made for this run, shown once)");
        return new Running(roster, server, tenant, "admin@demo.example", password);
    }

    /** A few hundred people: members of each role, some suspended and deleted, public users, invitations open and accepted. */
    private static void people(Roster roster, Actor admin, Policy policy, PrintStream out) {
        List<RoleId> roles = policy.roles().keySet().stream().sorted(java.util.Comparator.comparing(RoleId::value)).toList();
        List<String> types = policy.userTypes().stream().filter(t -> !policy.isPublic(t)).sorted().toList();
        int made = 0;
        for (int i = 0; i < 240; i++) {
            User u = roster.users().create(admin, CreateUserCommand.of("person" + i + "@demo.example", profile(name(i), name(i * 7 + 3)),
                    types.get(i % types.size()), Set.of(roles.get(i % roles.size()))));
            made++;
            if (i % 23 == 5) {
                roster.lifecycle().suspend(admin, u.id());
            } else if (i % 31 == 7) {
                roster.lifecycle().delete(admin, u.id());
            }
        }
        for (String type : policy.publicUserTypes()) {
            roster.users().create(admin, CreateUserCommand.of("embed@demo.example", profile("Embedded", "Dashboards"), type, null));
            made++;
        }
        for (int i = 0; i < 60; i++) {
            var receipt = roster.invitations().invite(admin, InviteCommand.of("invitee" + i + "@demo.example", roles.get(i % roles.size())));
            if (i % 3 == 0) {
                roster.invitees().accept(admin.tenant(), receipt.token().reveal(), AcceptCommand.of(profile(name(i + 50), "Joiner")));
                made++;
            }
        }
        out.println("The demo tenant holds " + (made + 2) + " members and 40 open invitations (" + policy.deletionMode().toString().toLowerCase()
                + (policy.deletionMode() == DeletionMode.SOFT ? " deletion: the deleted ones wait in \"Recently deleted\")" : " deletion)"));
    }

    /** A grown-up's profile: some policies ask for a date of birth and a minimum age. */
    private static ProfileFields profile(String first, String last) {
        return ProfileFields.named(first, last).withDateOfBirth(java.time.LocalDate.of(1990, 1, 1));
    }

    private static String name(int i) {
        String n = SYLLABLES[i % SYLLABLES.length] + SYLLABLES[(i / SYLLABLES.length) % SYLLABLES.length];
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
