package dev.roster.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.SeatRule;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.tck.Race;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Real threads released at the same moment against one Roster. */
class ConcurrencyTest {
    private final Fixture f = new Fixture();
    /** Runs {@code n} calls released together; returns the error code of each (null for success). */
    @Test
    void theSameEmailInvitedFiftyTimesAtOnceGivesOneInvitation() throws Exception {
        List<ErrorCode> codes = Race.run(16, 50, i -> () -> f.roster.invitations().invite(f.adminActor,
                InviteCommand.of(i % 2 == 0 ? "grace@acme.example" : " GRACE@acme.example", null)));

        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).hasSize(49).containsOnly(ErrorCode.DUPLICATE_PENDING_INVITATION);
        assertThat(f.roster.directory().onboarding(f.adminActor).invited()).isEqualTo(1);
        assertThat(f.dispatched()).hasSize(1);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 20; round++) {
            Fixture fx = new Fixture();
            User second = fx.member("second@acme.example", TestPolicies.ADMIN);
            User[] admins = {fx.admin, second};

            List<ErrorCode> codes = Race.run(16, 2, i -> () -> fx.roster.users().changeRoles(Actor.user(fx.tenant, admins[i].id()),
                    new ChangeRolesCommand(admins[1 - i].id(), admins[1 - i].version(), Set.of(TestPolicies.MEMBER))));

            assertThat(codes).filteredOn(c -> c == null).hasSize(1);
            assertThat(codes).filteredOn(c -> c != null).first().isIn(ErrorCode.LAST_ADMIN, ErrorCode.PERMISSION_DENIED);
            long adminsLeft = fx.roster.directory().listUsers(Actor.system(fx.tenant),
                    dev.roster.core.query.UserListRequest.members(10)).items().stream().filter(User::admin).count();
            assertThat(adminsLeft).isEqualTo(1);
        }
    }

    @Test
    void twoStaleEditsOfOneUserGiveOneSuccessAndOneConflict() throws Exception {
        User grace = f.created("grace@acme.example", "Grace", "Hopper", TestPolicies.MEMBER);

        List<ErrorCode> codes = Race.run(16, 2, i -> () -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(grace.id(),
                grace.version(), "grace@acme.example", ProfileFields.named("Grace", "Edit" + i), Map.of())));

        assertThat(codes).containsExactlyInAnyOrder(null, ErrorCode.STALE_VERSION);
        assertThat(f.roster.users().get(f.adminActor, grace.id()).version()).isEqualTo(grace.version() + 1);
    }

    @Test
    void concurrentInvitesNeverPassTheSeatLimit() throws Exception {
        Fixture counted = new Fixture(TestPolicies.standard().seatRule(new dev.roster.core.policy.SeatRule(
                Set.of(dev.roster.spi.model.UserStatus.ACTIVE), true, Set.of())).build());
        counted.roster.tenants().setSeatLimit(counted.adminActor, 6);

        List<ErrorCode> codes = Race.run(16, 30, i -> () -> counted.invite("u" + i + "@acme.example"));

        assertThat(codes).filteredOn(c -> c == null).hasSize(5);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.SEAT_LIMIT_EXCEEDED);
        assertThat(counted.roster.directory().seatUsage(counted.adminActor).used()).isEqualTo(6);
    }

    @Test
    void permissionChecksDuringRoleChangesNeverSeeAStaleSetAfterwards() throws Exception {
        User grace = f.created("grace@acme.example", "Grace", "Hopper", TestPolicies.MEMBER);
        Map<Integer, Boolean> seen = new ConcurrentHashMap<>();
        List<ErrorCode> codes = Race.run(16, 40, i -> () -> {
            if (i == 0) {
                return f.roster.users().changeRoles(f.adminActor, new ChangeRolesCommand(grace.id(), grace.version(), Set.of(TestPolicies.VIEWER)));
            }
            seen.put(i, f.roster.permissions().check(f.tenant, grace.id(), TestPolicies.CHAT));
            return null;
        });
        assertThat(codes).containsOnlyNulls();
        assertThat(seen).hasSize(39);
        assertThat(f.roster.permissions().check(f.tenant, grace.id(), TestPolicies.CHAT)).isFalse();
    }
}
