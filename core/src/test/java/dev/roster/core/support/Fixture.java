package dev.roster.core.support;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.policy.Policy;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Roster on the in-memory store with one bootstrapped tenant "acme" and its admin. */
public final class Fixture {
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    public final TestClock clock = new TestClock(START);
    /** One key for every fixture: rosters sharing a store (as instances of one host do) must share it. */
    public static final SealingKey KEY = SealingKey.generate("test");

    public final RecordingMailTransport mail = new RecordingMailTransport();
    public final RosterStore store;
    public final Roster roster;
    public final TenantId tenant = TenantId.of("acme");
    public final User admin;
    public final Actor adminActor;

    public Fixture() {
        this(TestPolicies.standard().build());
    }

    public Fixture(Policy policy) {
        this(policy, TestStoreFactory.freshStore(), LifecycleHooks.NONE);
    }

    public Fixture(Policy policy, RosterStore store, LifecycleHooks hooks) {
        this(policy, store, hooks, false);
    }

    /** With {@code access}, the roster also signs users in: passwords (hashed fast, for tests) and sessions. */
    public Fixture(Policy policy, RosterStore store, LifecycleHooks hooks, boolean access) {
        this.store = store;
        dev.roster.core.RosterBuilder builder = Roster.builder().store(store).mail(mailSettings(mail)).clock(clock).policy(policy).hooks(hooks)
                .invitationLink(LINK);
        if (access) {
            builder.passwords(dev.roster.core.credential.PasswordSettings.builder().hasher(new FastHasher()).requiredAtAcceptance(false).build())
                    .sessions(dev.roster.core.session.SessionSettings.builder().devices(Fixture::device).build())
                    .passwordResetLink("https://app.example/t/{tenant}/reset?token={token}");
        }
        this.roster = builder.build();
        this.admin = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Acme", "ada@acme.example",
                ProfileFields.named("Ada", "Lovelace"), null, null));
        this.adminActor = Actor.user(tenant, admin.id());
    }

    /** Names a device as a host's user-agent reader would, for the few agents the tests send. */
    private static dev.roster.spi.access.DeviceReader.Device device(String userAgent) {
        String browser = userAgent.contains("Chrome/") ? "Chrome" : userAgent.contains("Safari/") ? "Safari"
                : userAgent.contains("Firefox/") ? "Firefox" : null;
        String os = userAgent.contains("Android") ? "Android" : userAgent.contains("Mac OS X") ? "macOS" : userAgent.contains("Linux") ? "Linux" : null;
        return new dev.roster.spi.access.DeviceReader.Device(browser, os);
    }

    public static final String LINK = "https://app.example/t/{tenant}/invite?token={token}";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    /** How the fixtures mail: the bundled templates, to a transport that records. */
    public static MailSettings mailSettings(RecordingMailTransport transport) {
        return MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(transport)
                .from(TenantMail.of("Acme Cloud", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                .sealingKey(KEY).build();
    }

    /** Sends what the outbox holds and returns everything the transport has accepted so far. */
    public List<OutgoingMail> dispatched() {
        roster.outbox().dispatch();
        return mail.sent();
    }

    /** The token in a mail's link. */
    public static String tokenIn(OutgoingMail mail) {
        Matcher m = TOKEN.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("no link with a token in " + mail);
        }
        return m.group(1);
    }

    public Actor actor(User user) {
        return Actor.user(user.tenantId(), user.id());
    }

    public InvitationReceipt invite(String email) {
        return roster.invitations().invite(adminActor, InviteCommand.of(email, null));
    }

    public InvitationReceipt invite(String email, RoleId role) {
        return roster.invitations().invite(adminActor, InviteCommand.of(email, role));
    }

    /** Invites and accepts: an active user made the way a real one is. */
    public User member(String email, RoleId role) {
        InvitationReceipt receipt = invite(email, role);
        return roster.invitees().accept(tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
    }

    public User member(String email) {
        return member(email, TestPolicies.MEMBER);
    }

    /** Created directly by the admin. */
    public User created(String email, String first, String last, RoleId role) {
        return roster.users().create(adminActor, CreateUserCommand.of(email, ProfileFields.named(first, last), null, Set.of(role)));
    }
}
