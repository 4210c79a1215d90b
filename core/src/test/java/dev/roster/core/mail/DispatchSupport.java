package dev.roster.core.mail;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.SealingKey;
import dev.roster.core.mail.TenantMail;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestClock;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.RosterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** A Roster over a given store, clock and transport, and a transport that runs a script for each message. */
final class DispatchSupport {
    static final TenantId ACME = TenantId.of("acme");

    private DispatchSupport() {
    }

    static MailSettings.Builder settings(MailTransport transport, SealingKey key, SealingKey... retired) {
        return MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(transport)
                .from(TenantMail.of("Acme Cloud", new MailSender("Acme", EmailAddress.of("no-reply@acme.example"))))
                .sealingKey(key, retired);
    }

    static Roster roster(RosterStore store, TestClock clock, MailSettings settings) {
        return Roster.builder().store(store).policy(TestPolicies.standard().build()).clock(clock).invitationLink(Fixture.LINK)
                .mail(settings).build();
    }

    static Roster roster(RosterStore store, TestClock clock, MailTransport transport, DeliveryPolicy policy) {
        return roster(store, clock, settings(transport, Fixture.KEY).delivery(policy).build());
    }

    static Actor bootstrap(Roster roster, TenantId tenant) {
        User admin = roster.tenants().bootstrap(new TenantBootstrap(tenant, tenant.value().toUpperCase(), "admin@" + tenant.value() + ".example",
                ProfileFields.named("Ada", "Lovelace"), null, null));
        return Actor.user(tenant, admin.id());
    }

    static InMemoryRosterStore memory() {
        return new InMemoryRosterStore();
    }

    /** A transport whose connections run {@code onSend} for every message, then record it as accepted. */
    static final class ScriptedTransport implements MailTransport {
        final List<OutgoingMail> sent = Collections.synchronizedList(new ArrayList<>());
        private final Consumer<OutgoingMail> onSend;

        ScriptedTransport(Consumer<OutgoingMail> onSend) {
            this.onSend = onSend;
        }

        @Override
        public MailConnection open() {
            return new MailConnection() {
                @Override
                public void send(OutgoingMail mail) {
                    onSend.accept(mail);
                    sent.add(mail);
                }

                @Override
                public void close() {
                }
            };
        }

        List<OutgoingMail> sent() {
            synchronized (sent) {
                return List.copyOf(sent);
            }
        }
    }
}
