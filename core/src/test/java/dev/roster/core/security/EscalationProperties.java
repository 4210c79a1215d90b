package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.API;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.EXPORT;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWN;
import static dev.roster.core.support.TestPolicies.OWNER;
import static dev.roster.core.support.TestPolicies.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The escalation invariant, over random actors (owners, managers, members, viewers, suspended and
 * deleted ones among them) and random operations with random arguments: after any operation,
 * every permission a user holds was held by that user before or is held by the actor (for an
 * acceptance, by the member the invitation was last sent by); and the tenant keeps an active admin.
 * Outcomes are not predicted: whatever succeeds must keep the invariant, whatever fails must fail
 * with a RosterException.
 */
class EscalationProperties {
    private static final List<Permission> PERMISSIONS = List.of(OWN, MANAGE, CHAT, EXPORT, API);
    private static final List<RoleId> ROLES = List.of(OWNER, MANAGER, MEMBER, VIEWER);

    @Property(tries = 80)
    void noOperationRaisesAnyoneAboveTheActor(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("an active admin remains", World::hasActiveAdmin).run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        Arbitrary<Set<RoleId>> roles = Arbitraries.of(ROLES).set().ofMinSize(1).ofMaxSize(2);
        Arbitrary<Map<Permission, Effect>> overrides = Arbitraries.maps(Arbitraries.of(EXPORT, API), Arbitraries.of(Effect.class))
                .ofMaxSize(2);
        Arbitrary<Map<Permission, Effect>> defaults = Arbitraries.maps(Arbitraries.of(MANAGE, CHAT, EXPORT, API),
                Arbitraries.of(Effect.class)).ofMaxSize(3);
        Arbitrary<Set<Permission>> groupPermissions = Arbitraries.of(MANAGE, CHAT, EXPORT, API).set().ofMaxSize(3);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return ActionChain.startWith(World::new)
                .withAction(3, act("change roles", Combinators.combine(index, index, roles)
                        .as((a, t, r) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.users().changeRoles(actor,
                                new ChangeRolesCommand(u.id(), u.version(), r))))))
                .withAction(3, act("set overrides", Combinators.combine(index, index, overrides)
                        .as((a, t, o) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.users().setOverrides(actor,
                                new SetOverridesCommand(u.id(), u.version(), o))))))
                .withAction(2, act("set groups", Combinators.combine(index, index, index)
                        .as((a, t, g) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.users().setGroups(actor,
                                new SetGroupsCommand(u.id(), u.version(), w.groupsPicked(g)))))))
                .withAction(2, act("edit email", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.users().editProfile(actor,
                                new EditProfileCommand(u.id(), u.version(), "changed" + w.serial++ + "@acme.example", ProfileFields.EMPTY, null))))))
                .withAction(2, act("suspend", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.lifecycle().suspend(actor, u.id())))))
                .withAction(2, act("reactivate", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.lifecycle().reactivate(actor, u.id())))))
                .withAction(2, act("delete", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.lifecycle().delete(actor, u.id())))))
                .withAction(2, act("restore", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.lifecycle().restore(actor, u.id())))))
                .withAction(1, act("delete permanently", Combinators.combine(index, index)
                        .as((a, t) -> w -> w.onUser(a, t, (actor, u) -> w.f.roster.lifecycle().deletePermanently(actor, u.id())))))
                .withAction(2, act("create user", Combinators.combine(index, roles, overrides, index)
                        .as((a, r, o, g) -> w -> w.byActor(a, actor -> w.f.roster.users().create(actor, new CreateUserCommand(
                                "new" + w.serial++ + "@acme.example", ProfileFields.EMPTY, null, r, o, w.groupsPicked(g), null, null))))))
                .withAction(2, act("invite", Combinators.combine(index, roles, overrides)
                        .as((a, r, o) -> w -> w.byActor(a, actor -> w.tokens.add(w.f.roster.invitations().invite(actor,
                                new InviteCommand("inv" + w.serial++ + "@acme.example", r, null, o, null, null)).token().reveal())))))
                .withAction(2, act("resend", Combinators.combine(index, index)
                        .as((a, i) -> w -> w.byActor(a, actor -> w.resend(actor, i)))))
                .withAction(3, act("accept", index.map(i -> w -> w.accept(i))))
                .withAction(2, act("set tenant defaults", Combinators.combine(index, defaults)
                        .as((a, d) -> w -> w.byActor(a, actor -> w.f.roster.tenants().setDefaults(actor, d)))))
                .withAction(2, act("change a group", Combinators.combine(index, index, groupPermissions)
                        .as((a, g, p) -> w -> w.byActor(a, actor -> {
                            Group group = w.groups().get(g % w.groups().size());
                            w.f.roster.groups().update(actor, group.id(), group.version(), group.name(), p);
                        }))))
                .withMaxTransformations(25);
    }

    private static Action.Independent<World> act(String name, Arbitrary<Step> steps) {
        return () -> steps.map(step -> Transformer.mutate(name, step::run));
    }

    interface Step {
        void run(World world);
    }

    interface OnTarget {
        void apply(Actor actor, User target);
    }

    interface ByActor {
        void apply(Actor actor);
    }

    static final class World {
        final Fixture f = new Fixture(TestPolicies.delegated().build());
        final Actor system = Actor.system(f.tenant);
        final List<String> tokens = new ArrayList<>();
        int serial;

        World() {
            f.member("owner2@acme.example", OWNER);
            f.member("manager1@acme.example", MANAGER);
            f.member("manager2@acme.example", MANAGER);
            f.member("member1@acme.example", MEMBER);
            f.member("viewer1@acme.example", VIEWER);
            User both = f.member("both@acme.example", MEMBER);
            f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(both.id(), both.version(), Set.of(MEMBER, VIEWER)));
            f.roster.groups().create(f.adminActor, "chatters", Set.of(CHAT));
            f.roster.groups().create(f.adminActor, "exporters", Set.of(EXPORT, API));
            f.roster.groups().create(f.adminActor, "managers", Set.of(MANAGE));
        }

        /** Every user of the tenant, deleted ones included, in a stable order. */
        List<User> users() {
            Set<UserStatus> all = EnumSet.allOf(UserStatus.class);
            return f.roster.directory().listUsers(system, UserListRequest.members(500)
                    .withStatuses(all)).items();
        }

        List<Group> groups() {
            return f.roster.groups().list(system);
        }

        Set<GroupId> groupsPicked(int bits) {
            List<Group> groups = groups();
            Set<GroupId> picked = new HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                if ((bits >> i & 1) == 1) {
                    picked.add(groups.get(i).id());
                }
            }
            return picked;
        }

        void onUser(int actorIndex, int targetIndex, OnTarget op) {
            List<User> users = users();
            User target = users.get(targetIndex % users.size());
            byActor(actorIndex, actor -> op.apply(actor, target));
        }

        void byActor(int actorIndex, ByActor op) {
            List<User> users = users();
            User actor = users.get(actorIndex % users.size());
            attempt(actor.id(), () -> op.apply(Actor.user(f.tenant, actor.id())));
        }

        void resend(Actor actor, int index) {
            List<Invitation> pending = f.roster.directory().listInvitations(system,
                    new InvitationListRequest(Set.of(InvitationStatus.PENDING), null, null, 500)).items();
            if (!pending.isEmpty()) {
                tokens.add(f.roster.invitations().resend(actor, pending.get(index % pending.size()).id()).token().reveal());
            }
        }

        /** The acceptance acts on the authority of the member who sent the invitation last. */
        void accept(int index) {
            if (tokens.isEmpty()) {
                return;
            }
            String token = tokens.get(index % tokens.size());
            Optional<Invitation> pending;
            try {
                pending = f.roster.invitees().preview(f.tenant, token).details().flatMap(open -> pendingInvitation(open.email()));
            } catch (RosterException e) {
                return; // a superseded token
            }
            if (pending.isPresent()) {
                attempt(pending.get().invitedBy(), () -> f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY)));
            }
        }

        private Optional<Invitation> pendingInvitation(String email) {
            return f.roster.directory().listInvitations(system, new InvitationListRequest(Set.of(InvitationStatus.PENDING), email, null, 500))
                    .items().stream().filter(i -> i.email().value().equals(email)).findFirst();
        }

        /** Runs the operation and checks the invariant against the permissions held before it. */
        void attempt(UserId actor, Runnable operation) {
            Map<UserId, Set<Permission>> before = held();
            Set<Permission> actorHeld = actor == null ? Set.copyOf(PERMISSIONS) : before.getOrDefault(actor, Set.of());
            try {
                operation.run();
            } catch (RosterException refused) {
                // Refusals are fine; the invariant below must hold either way.
            }
            held().forEach((user, now) -> {
                Set<Permission> gained = new TreeSet<>(now);
                gained.removeAll(before.getOrDefault(user, Set.of()));
                gained.removeAll(actorHeld);
                assertThat(gained).as("permissions user %s gained that actor %s does not hold", user, actor).isEmpty();
            });
        }

        /** What each user holds now, read afresh through explain (no cache involved). */
        Map<UserId, Set<Permission>> held() {
            Map<UserId, Set<Permission>> held = new HashMap<>();
            for (User user : users()) {
                Set<Permission> set = new TreeSet<>();
                for (Permission p : PERMISSIONS) {
                    if (f.roster.permissions().explain(system, user.id(), p).granted()) {
                        set.add(p);
                    }
                }
                held.put(user.id(), set);
            }
            return held;
        }

        boolean hasActiveAdmin() {
            return users().stream().anyMatch(u -> u.status() == UserStatus.ACTIVE
                    && f.roster.permissions().explain(system, u.id(), OWN).granted());
        }
    }
}
