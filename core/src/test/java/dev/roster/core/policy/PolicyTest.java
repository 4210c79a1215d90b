package dev.roster.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.PolicyException;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {
    @Test
    void anInconsistentPolicyFailsWithEveryProblemListed() {
        Permission p = Permission.of("p");
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> Policy.builder()
                .permissions(Set.of(p))
                .adminPermission(Permission.of("admin"))
                .role(RoleDefinition.of("r", "R", Set.of(p, Permission.of("ghost"))).withFixed(Set.of(Permission.of("q"))))
                .defaultRole(RoleId.of("missing"))
                .userTypes(Set.of("a"), "b")
                .invitationExpiry(Duration.ZERO)
                .maxBatchInvites(0)
                .deletion(DeletionMode.SOFT, null)
                .build());

        assertThat(e.problems()).hasSize(8);
        assertThat(e.getMessage()).contains("adminPermission", "defaultRole", "roles.r.permissions", "roles.r.fixed",
                "defaultUserType", "invitationExpiry", "maxBatchInvites", "retention");
    }

    @Test
    void settingsThatWouldBeSilentlyIgnoredOrMisreadAreRefused() {
        assertThat(catchThrowableOfType(PolicyException.class, () -> TestPolicies.standard().roleCardinality(null).build()).getMessage())
                .contains("roleCardinality");
        assertThat(catchThrowableOfType(PolicyException.class,
                () -> TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ofDays(30)).build()).getMessage())
                .contains("retention").contains("hard-delete");
        assertThat(TestPolicies.standard().deletion(DeletionMode.HARD, null).build().deletionMode()).isEqualTo(DeletionMode.HARD);
    }

    @Test
    void aRoleIsAddedOnceAndReplacedOnlyOnPurpose() {
        Policy.Builder builder = TestPolicies.standard();
        RoleDefinition viewer = RoleDefinition.of("viewer", "Read only", Set.of());
        assertThat(catchThrowableOfType(PolicyException.class, () -> builder.role(viewer)).getMessage()).contains("roles.viewer");

        Policy adapted = TestPolicies.standard().build().toBuilder().replaceRole(viewer).build();
        assertThat(adapted.role(RoleId.of("viewer")).label()).isEqualTo("Read only");
        assertThat(catchThrowableOfType(PolicyException.class,
                () -> TestPolicies.standard().replaceRole(RoleDefinition.of("ghost", "Ghost", Set.of()))).getMessage())
                .contains("roles.ghost");
    }

    @Test
    void aPolicyWhereNoRoleGrantsTheAdminPermissionIsRejected() {
        Permission admin = Permission.of("admin");
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> Policy.builder()
                .permissions(Set.of(admin))
                .adminPermission(admin)
                .role(RoleDefinition.of("user", "User", Set.of()))
                .defaultRole(RoleId.of("user"))
                .build());
        assertThat(e.getMessage()).contains("no role grants 'admin'");
    }

    @Test
    void operationsDefaultToTheAdminPermissionAndCanBeReassigned() {
        Policy policy = TestPolicies.standard().operation(Operation.VIEW_USERS, TestPolicies.EXPORT).build();
        assertThat(policy.permissionFor(Operation.INVITE)).isEqualTo(TestPolicies.MANAGE);
        assertThat(policy.permissionFor(Operation.VIEW_USERS)).isEqualTo(TestPolicies.EXPORT);
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }
}
