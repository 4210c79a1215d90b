package dev.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.core.access.Actor;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The host-wiring example: Roster inside the host's transactions, the host's mailer, dashboards handed over on deletion. */
class HostWiringTest {
    private final HostWiring host = new HostWiring("jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final TenantId tenant = TenantId.of("acme");
    private final User ada = host.inTransaction(() -> host.roster.tenants().bootstrap(TenantBootstrap.of(tenant, "Acme", "ada@acme.example")));
    private final Actor admin = Actor.user(tenant, ada.id());

    @AfterEach
    void close() {
        host.close();
    }

    private User member(String email) {
        String token = host.inTransaction(() -> host.roster.invitations().invite(admin, InviteCommand.of(email, null))).token().reveal();
        host.roster.outbox().dispatch(); // outside any host transaction: Roster commits its own units
        return host.inTransaction(() -> host.roster.invitees().accept(tenant, token, AcceptCommand.of(ProfileFields.EMPTY)));
    }

    @Test
    void mailGoesThroughTheHostsNotifierAndADeletionHandsTheDashboardsToTheNamedOwnerInOneTransaction() {
        User grace = member("grace@acme.example");
        assertThat(host.notified).singleElement().asString().startsWith("grace@acme.example: ");
        host.createDashboard(grace, "Revenue by region");
        host.createDashboard(grace, "Churn");

        host.inTransaction(() -> host.roster.lifecycle().delete(admin, grace.id(), ada.id()));

        assertThat(host.dashboardsOf(ada)).containsExactly("Churn", "Revenue by region");
        assertThat(host.dashboardsOf(grace)).isEmpty();
    }

    @Test
    void whenTheHostsTransactionFailsAfterwardsNeitherTheDeletionNorTheHandOverHappened() {
        User grace = member("grace@acme.example");
        host.createDashboard(grace, "Churn");

        Throwable failure = catchThrowable(() -> host.inTransaction(() -> {
            host.roster.lifecycle().delete(admin, grace.id(), ada.id());
            throw new IllegalStateException("the host's own step failed");
        }));

        assertThat(failure).hasMessage("the host's own step failed");
        assertThat(host.dashboardsOf(grace)).containsExactly("Churn");
        assertThat(host.inTransaction(() -> host.roster.users().get(admin, grace.id())).status()).isEqualTo(UserStatus.ACTIVE);
    }
}
