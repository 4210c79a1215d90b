package dev.roster.core.user;

import static dev.roster.core.support.TestPolicies.ADMIN;
import static dev.roster.core.support.TestPolicies.CHAT;
import static dev.roster.core.support.TestPolicies.MANAGE;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.maintenance.JobIncompleteException;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final List<String> hookCalls = new ArrayList<>();
    private final LifecycleHooks recordingHooks = new LifecycleHooks() {
        @Override
        public void onDeleted(User user, boolean permanently) {
            hookCalls.add("deleted:" + user.email() + ":" + permanently);
        }

        @Override
        public void onRestored(User user) {
            hookCalls.add("restored:" + user.email());
        }

        @Override
        public void onPurged(User user) {
            hookCalls.add("purged:" + user.email());
        }
    };
    private final Fixture f = new Fixture(TestPolicies.standard().build(), new InMemoryRosterStore(), recordingHooks);

    @Test
    void suspendedUsersHoldNothingUntilReactivated() {
        User grace = f.member("grace@acme.example");
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), CHAT)).isTrue();

        f.roster.lifecycle().suspend(f.adminActor, grace.id());
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), CHAT)).isFalse();
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(f.adminActor, grace.id()))).isEqualTo(ErrorCode.INVALID_TRANSITION);

        f.roster.lifecycle().reactivate(f.adminActor, grace.id());
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), CHAT)).isTrue();
    }

    @Test
    void softDeleteKeepsTheUserRestorableWithItsPreviousStatusAndRoles() {
        User grace = f.member("grace@acme.example", TestPolicies.VIEWER);
        f.roster.lifecycle().suspend(f.adminActor, grace.id());

        User deleted = f.roster.lifecycle().delete(f.adminActor, grace.id());
        assertThat(deleted.status()).isEqualTo(UserStatus.DELETED);
        assertThat(deleted.roles()).isEmpty();
        assertThat(deleted.deletion().priorStatus()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(deleted.deletion().purgeAfter()).isEqualTo(f.clock.instant().plus(Duration.ofDays(30)));
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isEqualTo(1);
        assertThat(f.roster.directory().listUsers(f.adminActor, UserListRequest.recentlyDeleted(10)).items())
                .extracting(User::id).containsExactly(grace.id());

        f.clock.advance(Duration.ofDays(29));
        User restored = f.roster.lifecycle().restore(f.adminActor, grace.id());
        assertThat(restored.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(restored.roles()).containsExactly(TestPolicies.VIEWER);
        assertThat(restored.deletion()).isNull();
        assertThat(hookCalls).containsExactly("deleted:grace@acme.example:false", "restored:grace@acme.example");
    }

    @Test
    void restoreAfterTheWindowFailsAndThePurgeRemovesTheUser() {
        User grace = f.member("grace@acme.example");
        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.clock.advance(Duration.ofDays(30));

        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, grace.id()))).isEqualTo(ErrorCode.RETENTION_EXPIRED);
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 10)).isEqualTo(1);
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 10)).isZero();
        assertThat(codeOf(() -> f.roster.users().get(f.adminActor, grace.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(hookCalls).contains("purged:grace@acme.example");
    }

    @Test
    void purgeWorksInBatchesAndLeavesUsersStillInsideTheirWindow() {
        for (int i = 0; i < 7; i++) {
            f.roster.lifecycle().delete(f.adminActor, f.member("u" + i + "@acme.example").id());
        }
        f.clock.advance(Duration.ofDays(10));
        User late = f.member("late@acme.example");
        f.roster.lifecycle().delete(f.adminActor, late.id());
        f.clock.advance(Duration.ofDays(25));

        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 3)).isEqualTo(7);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isEqualTo(1);
        assertThat(f.roster.audit().list(f.adminActor, dev.roster.core.audit.AuditListRequest.latest(100)).items())
                .filteredOn(e -> e.action().equals("user.purged")).hasSize(7);
    }

    @Test
    void maintenanceJobsCoverEveryTenant() {
        var other = dev.roster.spi.model.TenantId.of("globex");
        User hank = f.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(other, "Globex", "hank@globex.example",
                ProfileFields.EMPTY, null, null));
        Actor globex = Actor.user(other, hank.id());
        f.roster.lifecycle().delete(f.adminActor, f.member("a@acme.example").id());
        f.roster.lifecycle().delete(globex, f.roster.users().create(globex,
                CreateUserCommand.of("b@globex.example", ProfileFields.EMPTY, null, null)).id());
        f.invite("c@acme.example");
        f.roster.invitations().invite(globex, dev.roster.core.invitation.InviteCommand.of("d@globex.example", null));
        f.clock.advance(Duration.ofDays(31));

        assertThat(f.roster.invitations().expireOverdueEverywhere(10)).isEqualTo(2);
        assertThat(f.roster.lifecycle().purgeExpiredEverywhere(10)).isEqualTo(2);
        assertThat(f.roster.lifecycle().purgeExpiredEverywhere(10)).isZero();
    }

    @Test
    void oneTenantsFailureDoesNotStopThePurgeOfTheOthers() {
        LifecycleHooks brokenForAcme = new LifecycleHooks() {
            @Override
            public void onPurged(User user) {
                if (user.tenantId().value().equals("acme")) {
                    throw new IllegalStateException("acme's hook is broken");
                }
            }
        };
        Fixture fx = new Fixture(TestPolicies.standard().build(), new dev.roster.adapters.inmemory.InMemoryRosterStore(), brokenForAcme);
        var globexId = dev.roster.spi.model.TenantId.of("globex");
        User hank = fx.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(globexId, "Globex", "hank@globex.example",
                ProfileFields.EMPTY, null, null));
        Actor globex = Actor.user(globexId, hank.id());
        fx.roster.lifecycle().delete(fx.adminActor, fx.member("a@acme.example").id());
        fx.roster.lifecycle().delete(globex, fx.roster.users().create(globex,
                CreateUserCommand.of("b@globex.example", ProfileFields.EMPTY, null, null)).id());
        fx.clock.advance(Duration.ofDays(31));
        List<String> told = new java.util.ArrayList<>();
        JobProgress progress = new JobProgress() {
            @Override
            public void tenantFailed(dev.roster.spi.model.TenantId tenant, RuntimeException failure) {
                told.add(tenant + ": " + failure.getMessage());
            }
        };

        JobIncompleteException failed = catchThrowableOfType(() -> fx.roster.lifecycle().purgeExpiredEverywhere(10, progress),
                JobIncompleteException.class);

        assertThat(failed.code()).isEqualTo(ErrorCode.JOB_INCOMPLETE);
        assertThat(failed.failures()).containsOnlyKeys(fx.tenant);
        assertThat(failed.handled()).isEqualTo(1);
        assertThat(failed.getSuppressed()).hasSize(1);
        assertThat(told).containsExactly("acme: acme's hook is broken");
        assertThat(fx.roster.directory().tabCounts(globex).recentlyDeleted()).isZero();
    }

    @Test
    void restoreFailsWhenTheEmailWasTakenMeanwhile() {
        User grace = f.member("grace@acme.example");
        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.member("grace@acme.example");

        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, grace.id()))).isEqualTo(ErrorCode.RESTORE_CONFLICT);
        assertThat(f.roster.directory().tabCounts(f.adminActor).recentlyDeleted()).isEqualTo(1);
    }

    @Test
    void permanentDeleteOnlyFromTheDeletedList() {
        User grace = f.member("grace@acme.example");
        assertThat(codeOf(() -> f.roster.lifecycle().deletePermanently(f.adminActor, grace.id()))).isEqualTo(ErrorCode.INVALID_TRANSITION);

        f.roster.lifecycle().delete(f.adminActor, grace.id());
        f.roster.lifecycle().deletePermanently(f.adminActor, grace.id());

        assertThat(codeOf(() -> f.roster.lifecycle().restore(f.adminActor, grace.id()))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void aHardDeletePolicyRemovesAtOnceAndCallsTheHook() {
        Fixture hard = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, null).build(), new InMemoryRosterStore(), recordingHooks);
        User grace = hard.member("grace@acme.example");

        hard.roster.lifecycle().delete(hard.adminActor, grace.id());

        assertThat(codeOf(() -> hard.roster.users().get(hard.adminActor, grace.id()))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(hard.roster.directory().tabCounts(hard.adminActor).recentlyDeleted()).isZero();
        assertThat(hookCalls).containsExactly("deleted:grace@acme.example:true");
    }

    @Test
    void aFailingHookRollsTheDeleteBack() {
        LifecycleHooks failing = new LifecycleHooks() {
            @Override
            public void onDeleted(User user, boolean permanently) {
                throw new IllegalStateException("content store is down");
            }
        };
        Fixture fx = new Fixture(TestPolicies.standard().build(), new InMemoryRosterStore(), failing);
        User grace = fx.member("grace@acme.example");

        catchThrowableOfType(IllegalStateException.class, () -> fx.roster.lifecycle().delete(fx.adminActor, grace.id()));

        assertThat(fx.roster.users().get(fx.adminActor, grace.id()).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void selfSuspendAndSelfDeleteFollowThePolicy() {
        User second = f.member("second@acme.example", ADMIN);
        Actor self = f.actor(second);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(self, second.id()))).isEqualTo(ErrorCode.POLICY_FORBIDS);
        assertThat(codeOf(() -> f.roster.lifecycle().delete(self, second.id()))).isEqualTo(ErrorCode.POLICY_FORBIDS);

        Fixture lenient = new Fixture(TestPolicies.standard().selfService(true, true).build());
        User other = lenient.member("second@acme.example", ADMIN);
        assertThat(lenient.roster.lifecycle().delete(lenient.actor(other), other.id()).status()).isEqualTo(UserStatus.DELETED);
        // A plain member needs no admin permission to leave, or to pause its own account.
        User quitter = lenient.member("quitter@acme.example", MEMBER);
        User pauser = lenient.member("pauser@acme.example", MEMBER);
        assertThat(lenient.roster.lifecycle().delete(lenient.actor(quitter), quitter.id()).status()).isEqualTo(UserStatus.DELETED);
        assertThat(lenient.roster.lifecycle().suspend(lenient.actor(pauser), pauser.id()).status()).isEqualTo(UserStatus.SUSPENDED);
        // ... but only itself, and never the last admin.
        User bystander = lenient.member("bystander@acme.example", MEMBER);
        User member = lenient.member("member@acme.example", MEMBER);
        assertThat(codeOf(() -> lenient.roster.lifecycle().delete(lenient.actor(member), bystander.id())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> lenient.roster.lifecycle().delete(lenient.adminActor, lenient.admin.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        // Self-service is for active members: a suspended one cannot come back by deleting and being restored, or anything else.
        assertThat(codeOf(() -> lenient.roster.lifecycle().delete(lenient.actor(pauser), pauser.id())))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void theLastActiveAdminCannotBeRemovedByAnyPath() {
        User ada = f.admin;
        Actor system = Actor.system(f.tenant);
        assertThat(codeOf(() -> f.roster.lifecycle().suspend(system, ada.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(codeOf(() -> f.roster.lifecycle().delete(system, ada.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(codeOf(() -> f.roster.users().changeRoles(system, new ChangeRolesCommand(ada.id(), ada.version(), Set.of(MEMBER)))))
                .isEqualTo(ErrorCode.LAST_ADMIN);

        // An admin by per-user grant is still the last admin once the role admin is gone.
        User grace = f.member("grace@acme.example");
        grace = f.roster.users().setOverrides(system, new SetOverridesCommand(grace.id(), grace.version(), Map.of(MANAGE, Effect.GRANT)));
        f.roster.users().changeRoles(system, new ChangeRolesCommand(ada.id(), ada.version(), Set.of(MEMBER)));
        User graceNow = grace;
        assertThat(codeOf(() -> f.roster.users().setOverrides(system, new SetOverridesCommand(graceNow.id(), graceNow.version(),
                Map.of(MANAGE, Effect.DENY))))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(codeOf(() -> f.roster.users().setOverrides(system, new SetOverridesCommand(graceNow.id(), graceNow.version(),
                Map.of())))).isEqualTo(ErrorCode.LAST_ADMIN);
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), MANAGE)).isTrue();
    }

    @Test
    void withTwoAdminsOneMayGo() {
        User second = f.member("second@acme.example", ADMIN);
        f.roster.lifecycle().delete(f.adminActor, second.id());
        assertThat(codeOf(() -> f.roster.lifecycle().delete(Actor.system(f.tenant), f.admin.id()))).isEqualTo(ErrorCode.LAST_ADMIN);
    }
}
