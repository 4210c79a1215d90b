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
import dev.roster.spi.model.Tenant;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an invitation's message when it is sent, from the invitation as it stands then: a message
 * whose invitation was answered, revoked, expired or sent again with a new token is not sent at
 * all (empty), so no mail ever carries a link that no longer works.
 */
final class InvitationMail {
    private final MailSettings settings;
    private final Sealer sealer;
    private final Tokens tokens;
    private final InvitationLinks links;

    InvitationMail(MailSettings settings, Sealer sealer, Tokens tokens, InvitationLinks links) {
        this.settings = settings;
        this.sealer = sealer;
        this.tokens = tokens;
        this.links = links;
    }

    /** The mail, or empty when the message is no longer worth sending. */
    Optional<OutgoingMail> write(StoreTransaction tx, OutboxMessage message, Instant now) {
        Tenant tenant = tx.tenants().find(message.tenantId()).orElse(null);
        Invitation invitation = tenant == null ? null : tx.invitations().find(tenant.id(), InvitationId.of(message.subject())).orElse(null);
        if (invitation == null || invitation.statusAt(now) != InvitationStatus.PENDING || message.sealedSecret() == null) {
            return Optional.empty();
        }
        String token = sealer.open(message.id(), message.sealedSecret());
        if (!tokens.hash(TokenPurpose.INVITATION, tenant.id(), token).equals(invitation.tokenHash())) {
            return Optional.empty(); // sent again since: this token no longer opens the invitation
        }
        TenantMail from = settings.tenantMail(tenant);
        String inviter = Optional.ofNullable(invitation.invitedBy()).flatMap(id -> tx.users().find(tenant.id(), id))
                .map(u -> u.profile().displayName()).orElse(tenant.name());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(from.locale()).withZone(from.zone());
        Map<String, String> variables = new HashMap<>();
        variables.put(MailVariables.PRODUCT_NAME, from.productName());
        variables.put(MailVariables.TENANT_NAME, tenant.name());
        variables.put(MailVariables.SENDER_NAME, from.sender().name());
        variables.put(MailVariables.SUPPORT_ADDRESS, from.supportAddress() == null ? "" : from.supportAddress());
        variables.put(MailVariables.RECIPIENT_NAME, invitation.invitee().firstName() == null ? "" : invitation.invitee().firstName());
        variables.put(MailVariables.RECIPIENT_ADDRESS, invitation.email().value());
        variables.put(MailVariables.INVITER_NAME, inviter);
        variables.put(MailVariables.PERSONAL_MESSAGE, invitation.message() == null ? "" : invitation.message());
        variables.put(MailVariables.LINK, links.link(tenant.id(), token));
        variables.put(MailVariables.EXPIRES_AT, invitation.expiresAt() == null ? "" : dates.format(invitation.expiresAt()));
        RenderedMail rendered = settings.renderer().render(message.kind(), from.locale(), variables);
        return Optional.of(new OutgoingMail(messageId(message, from), from.sender(), from.replyTo(), invitation.email(), null,
                rendered.subject(), rendered.text(), rendered.html()));
    }

    /** Stable across attempts, so a mail sent again after a crash is recognisably the same message. */
    static String messageId(OutboxMessage message, TenantMail from) {
        return message.id() + ".roster@" + from.sender().address().domain();
    }

    static boolean writes(MailKind kind) {
        return kind == MailKind.INVITATION || kind == MailKind.INVITATION_RESENT;
    }
}
