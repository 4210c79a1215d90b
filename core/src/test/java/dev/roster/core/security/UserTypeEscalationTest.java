package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.MANAGER;
import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.core.support.TestPolicies.OWN;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.UserTypeDefinition;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.Sheets;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user type that grants is a grant: nobody makes a user of a type that would hold more than they hold. */
class UserTypeEscalationTest {
    private final Fixture f = new Fixture(TestPolicies.delegated()
            .userType(UserTypeDefinition.of("owner_type", "Owner").withGrants(Set.of(OWN)))
            .userType(UserTypeDefinition.of("member", "Member")).build());
    private final User manager = f.member("manager@acme.example", MANAGER);
    private final Actor managerActor = f.actor(manager);

    @Test
    void aManagerCannotCreateInviteOrImportAUserOfATypeThatGrantsTheAdminPermission() {
        assertThat(codeOf(() -> f.roster.users().create(managerActor, CreateUserCommand.of("sock@acme.example", ProfileFields.EMPTY,
                "owner_type", Set.of(MEMBER))))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(codeOf(() -> f.roster.invitations().invite(managerActor, new InviteCommand("sock@acme.example", Set.of(MEMBER),
                "owner_type", null, null, null)))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        ImportReport report = f.roster.imports().apply(managerActor, Sheets.of(Sheets.row("Email", "User type"),
                Sheets.row("sock@acme.example", "owner_type"), Sheets.row("fine@acme.example", "member")), ImportOptions.defaults());

        assertThat(report.rows().get(0).status()).isEqualTo(RowStatus.INVALID);
        assertThat(report.rows().get(0).errors()).anyMatch(e -> "User type".equals(e.header()));
        assertThat(report.rows().get(1).status()).isEqualTo(RowStatus.INVITED);
        assertThat(f.roster.users().findByEmail(f.adminActor, "sock@acme.example")).isEmpty();
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(1);
    }

    @Test
    void theOwnerMayAndTheUserItMakesIsAnAdminByItsType() {
        User made = f.roster.users().create(f.adminActor, CreateUserCommand.of("second@acme.example", ProfileFields.EMPTY, "owner_type",
                Set.of(MEMBER)));
        assertThat(made.admin()).isTrue();
        assertThat(f.roster.permissions().check(f.tenant, made.id(), OWN)).isTrue();
    }
}
