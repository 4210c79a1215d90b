package dev.roster.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.PolicyException;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.Permission;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a policy accepts of its user types, and what it makes of public ones. */
class UserTypeDefinitionTest {

    @Test
    void aTypeThatContradictsItselfOrTheCatalogOrMakesPublicAdminsIsRefusedWithEveryProblem() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> TestPolicies.standard()
                .userType(UserTypeDefinition.of("odd", "Odd").withGrants(Set.of(TestPolicies.CHAT)).withDenies(Set.of(TestPolicies.CHAT)))
                .userType(UserTypeDefinition.of("ghost", "Ghost").withGrants(Set.of(Permission.of("not.there"))))
                .userType(UserTypeDefinition.publicUsers("kiosk", "Kiosk", Set.of(TestPolicies.MANAGE)))
                .build());

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "userTypes.odd: 'chat.use' is both granted and denied",
                "userTypes.ghost: 'not.there' is not in the permission catalog",
                "userTypes.kiosk: public users cannot hold the admin permission 'users.manage'");
    }

    @Test
    void theDefaultTypeIsNeverPublicAndTheFirstAdminsTypeNeverDeniesTheAdminPermission() {
        assertThat(catchThrowableOfType(PolicyException.class, () -> TestPolicies.standard()
                .userType(UserTypeDefinition.publicUsers("member", "Member", Set.of(TestPolicies.CHAT))).build()).problems())
                .contains("userTypes.member: the default user type cannot be public (every invitation would make a public user)");
        assertThat(catchThrowableOfType(PolicyException.class, () -> TestPolicies.standard()
                .userType(UserTypeDefinition.of("member", "Member").withDenies(Set.of(TestPolicies.MANAGE))).build()).problems())
                .anyMatch(p -> p.startsWith("userTypes.member: a tenant's first admin gets this type"));

        Policy admins = TestPolicies.standard().userType(UserTypeDefinition.of("owner", "Owner").withGrants(Set.of(TestPolicies.MANAGE)))
                .userType(UserTypeDefinition.of("member", "Member").withDenies(Set.of(TestPolicies.MANAGE))).build();
        assertThat(admins.adminUserType()).isEqualTo("owner");
    }

    @Test
    void aPublicTypeTakesNoSeatWhateverTheSeatRuleSaysAndHoldsOnlyWhatItGrants() {
        Policy policy = TestPolicies.standard().seatRule(SeatRule.ACTIVE_AND_SUSPENDED)
                .userType(UserTypeDefinition.publicUsers("viewer_link", "Shared link", Set.of(TestPolicies.EXPORT))).build();

        assertThat(policy.seatRule().counts(dev.roster.spi.model.UserStatus.ACTIVE, "viewer_link")).isFalse();
        assertThat(policy.seatRule().counts(dev.roster.spi.model.UserStatus.ACTIVE, "member")).isTrue();
        assertThat(policy.isPublic("viewer_link")).isTrue();
        assertThat(policy.isPublic("member")).isFalse();
        assertThat(policy.userTypes()).contains("viewer_link", "member");
        assertThat(policy.userType("viewer_link").decides(TestPolicies.EXPORT)).isTrue();
        assertThat(policy.userType("viewer_link").decides(TestPolicies.CHAT)).isFalse();
        assertThat(policy.userType("member").decides(TestPolicies.CHAT)).isNull();
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }
}
