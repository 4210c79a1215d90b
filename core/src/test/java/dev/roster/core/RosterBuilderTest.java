package dev.roster.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.core.access.Actor;
import dev.roster.core.error.PolicyException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.CommandValidator;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.error.UnsupportedCapabilityException;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterBuilderTest {

    private static RosterBuilder complete() {
        return Roster.builder().store(new InMemoryRosterStore()).mail(Fixture.mailSettings(new RecordingMailTransport()))
                .policy(TestPolicies.standard().build()).invitationLink("https://app.example/invite?token={token}");
    }

    @Test
    void aCompleteBuilderBuilds() {
        assertThat(complete().build().policy()).isNotNull();
        assertThat(complete().invitationLink("http://localhost:8080/t/{tenant}/invite?token={token}").build()).isNotNull();
    }

    @Test
    void eachMissingPortIsNamedWithWhatToAdd() {
        assertThatThrownBy(() -> complete().store(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("store(");
        assertThatThrownBy(() -> complete().mail(null).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("mail(")
                .hasMessageContaining("withoutMail()");
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
    void withoutMailNoLinkIsNeededAndOneGivenIsRefusedAsUnused() {
        Roster quiet = complete().withoutMail().invitationLink(null).build();
        assertThat(quiet.outbox().dispatch().handled()).isZero();
        assertThatThrownBy(() -> quiet.outbox().startWorker()).isInstanceOf(IllegalStateException.class).hasMessageContaining("withoutMail");
        assertThatThrownBy(() -> complete().withoutMail().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only mail uses it");
    }

    @Test
    void mailNeedsAStoreWithAnOutbox() {
        RosterStore noOutbox = new RosterStore() {
            private final InMemoryRosterStore inner = new InMemoryRosterStore();

            @Override
            public <T> T inTransaction(java.util.function.Function<? super dev.roster.spi.store.StoreTransaction, ? extends T> work) {
                return inner.inTransaction(work);
            }
        };
        assertThatThrownBy(() -> complete().store(noOutbox).build()).isInstanceOf(UnsupportedCapabilityException.class)
                .hasMessageContaining("outbox");
        assertThat(complete().store(noOutbox).withoutMail().invitationLink(null).build()).isNotNull();
        MailSettings dispatchingWithoutOutbox = MailSettings.builder().renderer(MustacheMailRenderer.withDefaults())
                .transport(new RecordingMailTransport()).from(TenantMail.of("Acme", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                .sealingKey(Fixture.KEY).dispatchStore(noOutbox).build();
        assertThatThrownBy(() -> complete().mail(dispatchingWithoutOutbox).build()).as("the dispatch store too")
                .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("outbox");
    }

    @Test
    void mailSettingsSayWhatIsMissing() {
        assertThatThrownBy(() -> MailSettings.builder().transport(new RecordingMailTransport()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("renderer(");
        assertThatThrownBy(() -> MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(new RecordingMailTransport())
                .from(TenantMail.of("P", new MailSender("S", EmailAddress.of("s@x.example")))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sealing key");
        assertThatThrownBy(() -> MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(new RecordingMailTransport())
                .sealingKey(SealingKey.generate("k")).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("from(");
        assertThat(SealingKey.generate("k1").toString()).doesNotContain(SealingKey.generate("k1").toBase64()).contains("hidden");
        assertThatThrownBy(() -> SealingKey.of("k1", new byte[16])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
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
