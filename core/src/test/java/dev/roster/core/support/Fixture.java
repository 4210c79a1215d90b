package dev.roster.core.support;

import dev.roster.adapters.inmemory.RecordingMailer;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.Policy;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import java.time.Instant;
import java.util.Set;

/** A Roster on the in-memory store with one bootstrapped tenant "acme" and its admin. */
public final class Fixture {
    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    public final TestClock clock = new TestClock(START);
    public final RecordingMailer mailer = new RecordingMailer();
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
        this.store = store;
        this.roster = Roster.builder().store(store).mailer(mailer).clock(clock).policy(policy).hooks(hooks)
                .invitationLink("https://app.example/t/{tenant}/invite?token={token}").build();
        this.admin = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Acme", "ada@acme.example",
                ProfileFields.named("Ada", "Lovelace"), null, null));
        this.adminActor = Actor.user(tenant, admin.id());
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
