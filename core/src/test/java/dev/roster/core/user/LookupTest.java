package dev.roster.core.user;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import org.junit.jupiter.api.Test;

/** A host finds a user by what it knows: id, address, username, or its own id for the user. */
class LookupTest {
    private final Fixture f = new Fixture();
    private final User alan = f.roster.users().create(f.adminActor, CreateUserCommand.of("alan@acme.example",
            ProfileFields.named("Alan", "Turing").withUsername("aturing").withExternalId("crm-42"), null, null));

    @Test
    void usersAreFoundByAddressUsernameAndExternalIdWithinTheActorsTenant() {
        assertThat(f.roster.users().findByEmail(f.adminActor, " ALAN@Acme.example ")).contains(alan);
        assertThat(f.roster.users().findByUsername(f.adminActor, "ATuring")).contains(alan);
        assertThat(f.roster.users().findByExternalId(f.adminActor, "crm-42")).contains(alan);
        assertThat(f.roster.users().findByExternalId(f.adminActor, "CRM-42")).isEmpty();
        assertThat(f.roster.users().findByEmail(f.adminActor, "nobody@acme.example")).isEmpty();
        assertThat(codeOf(() -> f.roster.users().findByEmail(f.adminActor, "not an address"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void anotherTenantFindsNothingAndADeletedUserIsNotFound() {
        f.roster.tenants().bootstrap(new dev.roster.core.tenant.TenantBootstrap(TenantId.of("globex"), "Globex", "g@globex.example",
                ProfileFields.EMPTY, null, null));
        Actor globex = Actor.system(TenantId.of("globex"));
        assertThat(f.roster.users().findByExternalId(globex, "crm-42")).isEmpty();

        f.roster.lifecycle().delete(f.adminActor, alan.id());
        assertThat(f.roster.users().findByEmail(f.adminActor, "alan@acme.example")).isEmpty();
        assertThat(f.roster.users().findByExternalId(f.adminActor, "crm-42")).isEmpty();
    }

    @Test
    void anExternalIdBelongsToOneUserOfATenant() {
        assertThat(codeOf(() -> f.roster.users().create(f.adminActor, CreateUserCommand.of("bob@acme.example",
                ProfileFields.EMPTY.withExternalId("crm-42"), null, null)))).isEqualTo(ErrorCode.DUPLICATE_EXTERNAL_ID);
        User bob = f.created("bob@acme.example", "Bob", "B", MEMBER);
        assertThat(codeOf(() -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(bob.id(), bob.version(),
                "bob@acme.example", ProfileFields.EMPTY.withExternalId("crm-42"), null)))).isEqualTo(ErrorCode.DUPLICATE_EXTERNAL_ID);
    }
}
