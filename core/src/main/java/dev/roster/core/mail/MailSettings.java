package dev.roster.core.mail;

import dev.roster.spi.mail.MailRenderer;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.store.RosterStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Roster mails: who writes the messages ({@link MailRenderer}, e.g. roster-mail-templates), who
 * carries them ({@link MailTransport}, e.g. roster-adapters-smtp), how each tenant's mail reads,
 * the key that seals tokens in the outbox, and the delivery policy. Build with {@link #builder()}.
 */
public final class MailSettings {
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final Function<Tenant, TenantMail> tenantMail;
    private final SealingKey key;
    private final List<SealingKey> retiredKeys;
    private final DeliveryPolicy delivery;
    private final RosterStore dispatchStore;

    private MailSettings(Builder b) {
        this.dispatchStore = b.dispatchStore;
        this.renderer = b.renderer;
        this.transport = b.transport;
        this.tenantMail = b.tenantMail;
        this.key = b.key;
        this.retiredKeys = List.copyOf(b.retiredKeys);
        this.delivery = b.delivery;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return who writes the messages} */
    public MailRenderer renderer() {
        return renderer;
    }

    /** {@return who carries them} */
    public MailTransport transport() {
        return transport;
    }

    /**
     * How a tenant's mail reads.
     *
     * @param tenant the tenant
     * @return its settings
     */
    public TenantMail tenantMail(Tenant tenant) {
        return Objects.requireNonNull(tenantMail.apply(tenant), "the tenant mail settings of " + tenant.id());
    }

    /** {@return the key new tokens are sealed with} */
    public SealingKey key() {
        return key;
    }

    /** {@return older keys that still open tokens queued before a key change} */
    public List<SealingKey> retiredKeys() {
        return retiredKeys;
    }

    /** {@return the delivery policy} */
    public DeliveryPolicy delivery() {
        return delivery;
    }

    /** {@return the store the dispatcher claims and marks in, when it is not Roster's own} */
    public Optional<RosterStore> dispatchStore() {
        return Optional.ofNullable(dispatchStore);
    }

    /** Assembles the settings; {@link #build()} says what is missing. */
    public static final class Builder {
        private MailRenderer renderer;
        private MailTransport transport;
        private Function<Tenant, TenantMail> tenantMail;
        private SealingKey key;
        private List<SealingKey> retiredKeys = List.of();
        private DeliveryPolicy delivery = DeliveryPolicy.defaults();
        private RosterStore dispatchStore;

        private Builder() {
        }

        /**
         * The store the dispatcher works in, when Roster's own store joins the host's transactions:
         * the dispatcher runs units of its own on its own thread, where there is no host transaction
         * to join. Give it a store on the same database that owns its transactions (a JdbcRosterStore
         * built with the data source only).
         *
         * @param value a store on the same data
         * @return this builder
         */
        public Builder dispatchStore(RosterStore value) {
            this.dispatchStore = value;
            return this;
        }

        /**
         * Who writes the messages (required): {@code MustacheMailRenderer.withDefaults()} from roster-mail-templates.
         *
         * @param value the renderer
         * @return this builder
         */
        public Builder renderer(MailRenderer value) {
            this.renderer = value;
            return this;
        }

        /**
         * Who carries them (required): an SMTP transport from roster-adapters-smtp, or a recording one in tests.
         *
         * @param value the transport
         * @return this builder
         */
        public Builder transport(MailTransport value) {
            this.transport = value;
            return this;
        }

        /**
         * How every tenant's mail reads (this or {@link #perTenant} is required).
         *
         * @param value the settings
         * @return this builder
         */
        public Builder from(TenantMail value) {
            Objects.requireNonNull(value, "value");
            this.tenantMail = tenant -> value;
            return this;
        }

        /**
         * How each tenant's mail reads, looked up when a message is sent.
         *
         * @param value the settings by tenant
         * @return this builder
         */
        public Builder perTenant(Function<Tenant, TenantMail> value) {
            this.tenantMail = value;
            return this;
        }

        /**
         * The key that seals tokens in the outbox (required), and any retired keys that still open older ones.
         *
         * @param current new tokens are sealed with it
         * @param retired keys of earlier messages
         * @return this builder
         */
        public Builder sealingKey(SealingKey current, SealingKey... retired) {
            this.key = current;
            this.retiredKeys = List.of(retired);
            return this;
        }

        /**
         * The delivery policy; {@link DeliveryPolicy#defaults()} unless set.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder delivery(DeliveryPolicy value) {
            this.delivery = value;
            return this;
        }

        /**
         * {@return the settings}
         *
         * @throws IllegalStateException naming what is missing
         */
        public MailSettings build() {
            require(renderer != null, "a renderer: .renderer(MustacheMailRenderer.withDefaults()) from roster-mail-templates");
            require(transport != null, "a transport: .transport(...) with an SMTP transport from roster-adapters-smtp");
            require(tenantMail != null, "who mail comes from: .from(TenantMail.of(\"Product\", new MailSender(\"Team\", "
                    + "EmailAddress.of(\"no-reply@example.com\"))))");
            require(key != null, "a sealing key: .sealingKey(SealingKey.fromBase64(\"k1\", secretFromYourVault)), the same on every instance");
            require(delivery != null, "a delivery policy, or leave it unset for DeliveryPolicy.defaults()");
            require(retiredKeys.stream().noneMatch(k -> k.id().equals(key.id())), "a retired key with an id other than the current one");
            return new MailSettings(this);
        }

        private static void require(boolean given, String what) {
            if (!given) {
                throw new IllegalStateException("MailSettings.builder() needs " + what);
            }
        }
    }
}
