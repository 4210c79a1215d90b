package dev.roster.core.internal.mail;

import dev.roster.core.internal.TokenPurpose;
import dev.roster.core.internal.Tokens;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.TenantMail;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailVariables;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.mail.RenderedMail;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an invitation's message when it is sent, from the invitation as it stands then: a message
 * whose invitation was answered, revoked, expired or sent again with a new token is not sent at
 * all, so no mail ever carries a link that no longer works.
 */
final class InvitationMail {
    private final MailSettings settings;
    private final Sealer sealer;
    private final Tokens tokens;
    private final InvitationLinks links;

    private final ResetMail resets;

    /** @param resets writes password-reset messages, or null when Roster sends none */
    InvitationMail(MailSettings settings, Sealer sealer, Tokens tokens, InvitationLinks links, ResetMail resets) {
        this.resets = resets;
        this.settings = settings;
        this.sealer = sealer;
        this.tokens = tokens;
        this.links = links;
    }

    /**
     * Writes a claim's messages in one read of the store (a store failure propagates: the messages
     * stay leased and are tried again after the lease).
     */
    Map<OutboxMessageId, Written> writeAll(StoreTransaction tx, List<OutboxMessage> claimed, Instant now) {
        Lookups lookups = new Lookups(tx);
        Map<OutboxMessageId, Written> written = new HashMap<>();
        for (OutboxMessage message : claimed) {
            written.put(message.id(), message.kind() == MailKind.PASSWORD_RESET && resets != null
                    ? resets.write(tx, lookups.tenant(message.tenantId()), message, now) : write(tx, lookups, message, now));
        }
        return written;
    }

    private Written write(StoreTransaction tx, Lookups lookups, OutboxMessage message, Instant now) {
        if (!writes(message.kind())) {
            return new Written.Unwritable("no message of kind " + message.kind() + " is written by this version");
        }
        Tenant tenant = lookups.tenant(message.tenantId());
        Invitation invitation = tenant == null ? null : tx.invitations().find(tenant.id(), InvitationId.of(message.subject())).orElse(null);
        if (invitation == null || invitation.statusAt(now) != InvitationStatus.PENDING || message.sealedSecret() == null) {
            return new Written.Stale();
        }
        String inviter = invitation.invitedBy() == null ? tenant.name() : lookups.displayName(tenant, invitation.invitedBy());
        TenantMail from;
        try {
            from = settings.tenantMail(tenant);
        } catch (RuntimeException e) {
            return new Written.Passing("the tenant's mail settings could not be read: " + e.getMessage());
        }
        try {
            String token = sealer.open(message.id(), message.sealedSecret());
            if (!tokens.hash(TokenPurpose.INVITATION, tenant.id(), token).equals(invitation.tokenHash())) {
                return new Written.Stale(); // sent again since: this token no longer opens the invitation
            }
            return new Written.Mail(render(message, tenant, from, invitation, inviter, token), invitation.tokenHash());
        } catch (RuntimeException e) {
            return new Written.Unwritable("cannot be written: " + e.getMessage());
        }
    }

    private OutgoingMail render(OutboxMessage message, Tenant tenant, TenantMail from, Invitation invitation, String inviter, String token) {
        DateTimeFormatter dates = dates(from);
        Map<String, String> variables = senderVariables(tenant, from);
        variables.put(MailVariables.RECIPIENT_NAME, invitation.invitee().firstName() == null ? "" : invitation.invitee().firstName());
        variables.put(MailVariables.RECIPIENT_ADDRESS, invitation.email().value());
        variables.put(MailVariables.INVITER_NAME, inviter);
        variables.put(MailVariables.PERSONAL_MESSAGE, invitation.message() == null ? "" : invitation.message());
        variables.put(MailVariables.LINK, links.link(tenant.id(), token));
        variables.put(MailVariables.EXPIRES_AT, invitation.expiresAt() == null ? "" : dates.format(invitation.expiresAt()));
        RenderedMail rendered = settings.renderer().render(message.kind(), from.locale(), variables);
        return new OutgoingMail(messageId(message, from), from.sender(), from.replyTo(), invitation.email(), null,
                rendered.subject(), rendered.text(), rendered.html());
    }

    /**
     * Whether a written message is still worth sending: its invitation is still pending with the
     * token the mail carries. Checked again just before the send, since a claim takes a while to send.
     */
    boolean stillCurrent(RosterStore store, OutboxMessage message, String tokenHash, Instant now) {
        if (message.kind() == MailKind.PASSWORD_RESET) {
            return store.inTransaction(tx -> resets.arm(tx, message, tokenHash, now));
        }
        return store.read(tx -> stillCurrent(tx, message, tokenHash, now));
    }

    private static boolean stillCurrent(StoreTransaction tx, OutboxMessage message, String tokenHash, Instant now) {
        return tx.invitations().find(message.tenantId(), InvitationId.of(message.subject()))
                .filter(i -> i.statusAt(now) == InvitationStatus.PENDING && tokenHash.equals(i.tokenHash())).isPresent();
    }

    /** How a tenant's mail writes dates. */
    static DateTimeFormatter dates(TenantMail from) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(from.locale()).withZone(from.zone());
    }

    /** The variables every message of a tenant has: who sends it, for which product and tenant. */
    static Map<String, String> senderVariables(Tenant tenant, TenantMail from) {
        Map<String, String> variables = new HashMap<>();
        variables.put(MailVariables.PRODUCT_NAME, from.productName());
        variables.put(MailVariables.TENANT_NAME, tenant.name());
        variables.put(MailVariables.SENDER_NAME, from.sender().name());
        variables.put(MailVariables.SUPPORT_ADDRESS, from.supportAddress() == null ? "" : from.supportAddress());
        return variables;
    }

    /** Stable across attempts, so a mail sent again after a crash is recognisably the same message. */
    static String messageId(OutboxMessage message, TenantMail from) {
        return message.id() + ".roster@" + from.sender().address().domain();
    }

    static boolean writes(MailKind kind) {
        return kind == MailKind.INVITATION || kind == MailKind.INVITATION_RESENT;
    }

    /** Tenants and inviters read once per claim: a batch of fifty shares both. */
    private static final class Lookups {
        private final StoreTransaction tx;
        private final Map<TenantId, Optional<Tenant>> tenants = new HashMap<>();
        private final Map<Inviter, String> names = new HashMap<>();

        Lookups(StoreTransaction tx) {
            this.tx = tx;
        }

        Tenant tenant(TenantId id) {
            return tenants.computeIfAbsent(id, t -> tx.tenants().find(t)).orElse(null);
        }

        /** The inviter's display name, or the tenant's name when the inviter is gone. */
        String displayName(Tenant tenant, UserId inviter) {
            return names.computeIfAbsent(new Inviter(tenant.id(), inviter), key -> tx.users().find(key.tenant(), key.user())
                    .map(u -> u.profile().displayName()).orElse(tenant.name()));
        }

        private record Inviter(TenantId tenant, UserId user) {
        }
    }
}
