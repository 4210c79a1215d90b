package dev.roster.core.stateful;

import static dev.roster.spi.tck.Outcomes.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of suspend, reactivate, delete, restore, promote, demote, purge and time passing
 * against Roster and a reference model. After every step: the system equals the model, and the
 * tenant still has an active admin.
 */
class UserLifecycleProperties {
    private static final Duration RETENTION = Duration.ofDays(30);

    @Property(tries = 60)
    void usersBehaveLikeTheModelAndATenantKeepsAnAdmin(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("system equals model", World::checkAgainstModel).run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.startWith(World::new)
                .withAction(2, new OnUser("suspend", World::suspend))
                .withAction(2, new OnUser("reactivate", World::reactivate))
                .withAction(2, new OnUser("delete", World::delete))
                .withAction(2, new OnUser("restore", World::restore))
                .withAction(2, new OnUser("promote", (w, m) -> w.changeRole(m, TestPolicies.ADMIN)))
                .withAction(2, new OnUser("demote", (w, m) -> w.changeRole(m, TestPolicies.MEMBER)))
                .withAction(1, Action.just("purge", Transformer.mutate("purge", World::purge)))
                .withAction(1, new PassTime())
                .withMaxTransformations(30);
    }

    static final class ModelUser {
        final UserId id;
        UserStatus status = UserStatus.ACTIVE;
        RoleId role;
        UserStatus priorStatus;
        RoleId priorRole;
        Instant purgeAfter;

        ModelUser(UserId id, RoleId role) {
            this.id = id;
            this.role = role;
        }

        boolean isActiveAdmin() {
            return status == UserStatus.ACTIVE && TestPolicies.ADMIN.equals(role);
        }
    }

    static final class World {
        final Fixture f = new Fixture();
        final Map<UserId, ModelUser> users = new LinkedHashMap<>();
        final Actor system = Actor.system(f.tenant);

        World() {
            users.put(f.admin.id(), new ModelUser(f.admin.id(), TestPolicies.ADMIN));
            for (int i = 0; i < 3; i++) {
                User u = f.member("u" + i + "@acme.example", i == 0 ? TestPolicies.ADMIN : TestPolicies.MEMBER);
                users.put(u.id(), new ModelUser(u.id(), u.roles().iterator().next()));
            }
        }

        Instant now() {
            return f.clock.instant();
        }

        long activeAdmins() {
            return users.values().stream().filter(ModelUser::isActiveAdmin).count();
        }

        boolean isLastAdmin(ModelUser m) {
            return m.isActiveAdmin() && activeAdmins() == 1;
        }

        void suspend(ModelUser m) {
            ErrorCode expected = m.status != UserStatus.ACTIVE ? ErrorCode.INVALID_TRANSITION
                    : isLastAdmin(m) ? ErrorCode.LAST_ADMIN : null;
            assertThat(attempt(() -> f.roster.lifecycle().suspend(system, m.id))).isEqualTo(expected);
            if (expected == null) {
                m.status = UserStatus.SUSPENDED;
            }
        }

        void reactivate(ModelUser m) {
            ErrorCode expected = m.status != UserStatus.SUSPENDED ? ErrorCode.INVALID_TRANSITION : null;
            assertThat(attempt(() -> f.roster.lifecycle().reactivate(system, m.id))).isEqualTo(expected);
            if (expected == null) {
                m.status = UserStatus.ACTIVE;
            }
        }

        void delete(ModelUser m) {
            ErrorCode expected = m.status == UserStatus.DELETED ? ErrorCode.INVALID_TRANSITION
                    : isLastAdmin(m) ? ErrorCode.LAST_ADMIN : null;
            assertThat(attempt(() -> f.roster.lifecycle().delete(system, m.id))).isEqualTo(expected);
            if (expected == null) {
                m.priorStatus = m.status;
                m.priorRole = m.role;
                m.status = UserStatus.DELETED;
                m.role = null;
                m.purgeAfter = now().plus(RETENTION);
            }
        }

        void restore(ModelUser m) {
            ErrorCode expected = m.status != UserStatus.DELETED ? ErrorCode.INVALID_TRANSITION
                    : !now().isBefore(m.purgeAfter) ? ErrorCode.RETENTION_EXPIRED : null;
            assertThat(attempt(() -> f.roster.lifecycle().restore(system, m.id))).isEqualTo(expected);
            if (expected == null) {
                m.status = m.priorStatus;
                m.role = m.priorRole;
            }
        }

        void changeRole(ModelUser m, RoleId role) {
            ErrorCode expected = m.status == UserStatus.DELETED ? ErrorCode.NOT_FOUND
                    : isLastAdmin(m) && !role.equals(TestPolicies.ADMIN) ? ErrorCode.LAST_ADMIN : null;
            ErrorCode code = attempt(() -> {
                long version = f.roster.users().get(system, m.id).version();
                f.roster.users().changeRoles(system, new ChangeRolesCommand(m.id, version, Set.of(role)));
            });
            assertThat(code).isEqualTo(expected);
            if (expected == null) {
                m.role = role;
            }
        }

        void purge() {
            List<UserId> due = new ArrayList<>();
            users.values().stream().filter(m -> m.status == UserStatus.DELETED && !m.purgeAfter.isAfter(now())).forEach(m -> due.add(m.id));
            assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 2)).isEqualTo(due.size());
            due.forEach(users::remove);
        }

        /** Deleted and past its window: gone in every read, whether or not the purge has run. */
        boolean gone(ModelUser m) {
            return m.status == UserStatus.DELETED && !now().isBefore(m.purgeAfter);
        }

        void checkAgainstModel() {
            assertThat(activeAdmins()).as("active admins").isPositive();
            for (ModelUser m : users.values()) {
                if (gone(m)) {
                    assertThat(attempt(() -> f.roster.users().get(system, m.id))).isEqualTo(ErrorCode.NOT_FOUND);
                    continue;
                }
                User stored = f.roster.users().get(system, m.id);
                assertThat(stored.status()).as("status of " + stored.email()).isEqualTo(m.status);
                assertThat(stored.roles()).as("roles of " + stored.email()).isEqualTo(m.role == null ? Set.of() : Set.of(m.role));
                assertThat(stored.admin() && stored.status() == UserStatus.ACTIVE).isEqualTo(m.isActiveAdmin());
            }
            long deleted = users.values().stream().filter(m -> m.status == UserStatus.DELETED).count();
            long recentlyDeleted = users.values().stream().filter(m -> m.status == UserStatus.DELETED && !gone(m)).count();
            assertThat(f.roster.directory().tabCounts(system).recentlyDeleted()).isEqualTo(recentlyDeleted);
            assertThat(f.roster.directory().tabCounts(system).members()).isEqualTo(users.size() - deleted);
        }
    }

    interface Step {
        void apply(World w, ModelUser m);
    }

    static final class OnUser implements Action.Dependent<World> {
        private final String name;
        private final Step step;

        OnUser(String name, Step step) {
            this.name = name;
            this.step = step;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World w) {
            // Pick by position and look the user up when the step runs: a replayed chain has a fresh world.
            return Arbitraries.integers().between(0, w.users.size() - 1).map(i -> Transformer.mutate(name + " user#" + i,
                    world -> step.apply(world, new ArrayList<>(world.users.values()).get(i % world.users.size()))));
        }
    }

    static final class PassTime implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(0, 1, 10, 29, 31).map(days -> Transformer.mutate("wait " + days + " days",
                    w -> w.f.clock.advance(Duration.ofDays(days))));
        }
    }
}
