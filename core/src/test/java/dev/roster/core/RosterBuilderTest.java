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
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterBuilderTest {

    @Test
    void storeMailerAndPolicyAreRequired() {
        assertThatThrownBy(() -> Roster.builder().mailer(new RecordingMailer()).policy(TestPolicies.standard().build()).build())
                .hasMessageContaining("store");
        assertThatThrownBy(() -> Roster.builder().store(new InMemoryRosterStore()).policy(TestPolicies.standard().build()).build())
                .hasMessageContaining("mailer");
        assertThatThrownBy(() -> Roster.builder().store(new InMemoryRosterStore()).mailer(new RecordingMailer()).build())
                .hasMessageContaining("policy");
    }

    @Test
    void aPolicyIsCheckedWhenItIsBuilt() {
        assertThatThrownBy(() -> TestPolicies.standard().maxBatchInvites(0).build()).isInstanceOf(PolicyException.class);
    }

    @Test
    void aHostsOwnValidatorIsUsedForEveryCommand() {
        Validator hosts = spy(CommandValidator.defaultValidator());
        Roster roster = Roster.builder().store(new InMemoryRosterStore()).mailer(new RecordingMailer())
                .policy(TestPolicies.standard().build()).validator(hosts).build();
        User admin = roster.tenants().bootstrap(new TenantBootstrap(TenantId.of("t"), "T", "a@t.example", ProfileFields.EMPTY, null, null));

        assertThatThrownBy(() -> roster.invitations().invite(Actor.user(TenantId.of("t"), admin.id()),
                new InviteCommand("not an address", null, null, Map.of(), null, null))).isInstanceOf(ValidationException.class);
        verify(hosts, atLeastOnce()).validate(any(InviteCommand.class));
        assertThat(roster.policy().maxBatchInvites()).isEqualTo(50);
    }
}
