package dev.roster.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.inmemory.RecordingMailer;
import dev.roster.core.access.Actor;
import dev.roster.core.error.PolicyException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.CommandValidator;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailComposer;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.mail.MailMessage;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterBuilderTest {

    private static RosterBuilder complete() {
        return Roster.builder().store(new InMemoryRosterStore()).mailer(new RecordingMailer()).policy(TestPolicies.standard().build())
                .invitationLink("https://app.example/invite?token={token}");
    }

    @Test
    void aCompleteBuilderBuilds() {
        assertThat(complete().build().policy()).isNotNull();
        assertThat(complete().invitationLink("http://localhost:8080/t/{tenant}/invite?token={token}").build()).isNotNull();
    }

    @Test
    void eachMissingPortIsNamedWithWhatToAdd() {
        assertThatThrownBy(() -> complete().store(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("store(");
        assertThatThrownBy(() -> complete().mailer(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("mailer(");
        assertThatThrownBy(() -> complete().policy(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("policy(");
        assertThatThrownBy(() -> complete().clock(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("clock(");
        assertThatThrownBy(() -> complete().hooks(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("hooks(");
    }

    @Test
    void aMailerWithoutAnInvitationLinkIsRefusedRatherThanMailingADeadLink() {
        assertThatThrownBy(() -> complete().invitationLink(null).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".invitationLink(");
    }

    @Test
    void aLinkWithoutTheTokenIsRefused() {
        assertThatThrownBy(() -> complete().invitationLink("https://app.example/invite").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{token}");
    }

    @Test
    void aRelativeOrNonWebLinkIsRefused() {
        for (String dead : new String[] {"/invitation?token={token}", "invite?token={token}", "mailto:x@y.example?body={token}",
                "ftp://files.example/{token}", "https://exa mple.com/?t={token}"}) {
            assertThatThrownBy(() -> complete().invitationLink(dead).build()).as(dead).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("invitation link");
        }
    }

    @Test
    void aComposerOfYourOwnReplacesTheLinkAndTheTwoTogetherAreRefused() {
        MailComposer own = (tenant, invitation, inviter, token) -> new MailMessage(tenant.id(), "invitation", invitation.email(), "Hi", token);
        assertThat(complete().invitationLink(null).mailComposer(own).build()).isNotNull();
        assertThatThrownBy(() -> complete().mailComposer(own).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only one of");
    }

    @Test
    void aPolicyIsCheckedWhenItIsBuilt() {
        assertThatThrownBy(() -> TestPolicies.standard().maxBatchInvites(0).build()).isInstanceOf(PolicyException.class);
    }

    @Test
    void aHostsOwnValidatorIsUsedForEveryCommand() {
        Validator hosts = spy(CommandValidator.defaultValidator());
        Roster roster = complete().validator(hosts).build();
        User admin = roster.tenants().bootstrap(new TenantBootstrap(TenantId.of("t"), "T", "a@t.example", ProfileFields.EMPTY, null, null));

        assertThatThrownBy(() -> roster.invitations().invite(Actor.user(TenantId.of("t"), admin.id()),
                new InviteCommand("not an address", null, null, Map.of(), null, null))).isInstanceOf(ValidationException.class);
        verify(hosts, atLeastOnce()).validate(any(InviteCommand.class));
        assertThat(roster.policy().maxBatchInvites()).isEqualTo(50);
    }
}
