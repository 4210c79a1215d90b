package dev.roster.core.internal.mail;

import dev.roster.core.internal.TokenPurpose;
import dev.roster.core.internal.Tokens;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.TenantMail;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.mail.MailVariables;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.mail.RenderedMail;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Writes password-reset messages. A reset request queues one message whether or not the address
 * belongs to anyone (its subject is then an id no user has), so asking costs the same either way;
 * here, a message whose subject is no active user is simply not sent. The link's hash is kept for
 * the user only as the message is about to be sent ({@link #arm}), so a link exists only once it
 * is on its way, and it lasts from the request.
 */
final class ResetMail {
    private final MailSettings settings;
    private final Sealer sealer;
    private final Tokens tokens;
    private final InvitationLinks links;
    private final Duration lifetime;

    ResetMail(MailSettings settings, Sealer sealer, Tokens tokens, InvitationLinks links, Duration lifetime) {
        this.settings = settings;
        this.sealer = sealer;
        this.tokens = tokens;
        this.links = links;
        this.lifetime = lifetime;
    }

    Written write(StoreTransaction tx, Tenant tenant, OutboxMessage message, Instant now) {
        Optional<User> user = tenant == null ? Optional.empty() : tx.users().find(tenant.id(), UserId.of(message.subject()))
                .filter(u -> u.status() == UserStatus.ACTIVE);
        Instant expiresAt = message.createdAt().plus(lifetime);
        if (user.isEmpty() || !now.isBefore(expiresAt) || message.sealedSecret() == null) {
            return new Written.Stale(); // nobody to mail, or too late for the link to be of use
        }
        TenantMail from;
        try {
            from = settings.tenantMail(tenant);
        } catch (RuntimeException e) {
            return new Written.Passing("the tenant's mail settings could not be read: " + e.getMessage());
        }
        try {
            String token = sealer.open(message.id(), message.sealedSecret());
            return new Written.Mail(render(message, tenant, from, user.get(), token, expiresAt),
                    tokens.hash(TokenPurpose.PASSWORD_RESET, tenant.id(), token));
        } catch (RuntimeException e) {
            return new Written.Unwritable("cannot be written: " + e.getMessage());
        }
    }

    private OutgoingMail render(OutboxMessage message, Tenant tenant, TenantMail from, User user, String token, Instant expiresAt) {
        Map<String, String> variables = InvitationMail.senderVariables(tenant, from);
        variables.put(MailVariables.RECIPIENT_NAME, user.profile().firstName() == null ? "" : user.profile().firstName());
        variables.put(MailVariables.RECIPIENT_ADDRESS, user.email().value());
        variables.put(MailVariables.LINK, links.link(tenant.id(), token));
        variables.put(MailVariables.EXPIRES_AT, InvitationMail.dates(from).format(expiresAt));
        RenderedMail rendered = settings.renderer().render(message.kind(), from.locale(), variables);
        return new OutgoingMail(InvitationMail.messageId(message, from), from.sender(), from.replyTo(), user.email(), null,
                rendered.subject(), rendered.text(), rendered.html());
    }

    /**
     * Just before the send, in a unit that writes: keeps the link for its user, unless the user is no
     * longer active or an admin locked it, the password changed since the request, the link expired,
     * a newer request's link replaced it, or (on a later attempt)
     * it was already used: a link that was taken is never put back. A newer request replaces an
     * older open link.
     *
     * @return whether to send
     */
    boolean arm(StoreTransaction tx, OutboxMessage message, String tokenHash, Instant now) {
        UserId userId = UserId.of(message.subject());
        Instant expiresAt = message.createdAt().plus(lifetime);
        boolean active = tx.users().find(message.tenantId(), userId).filter(u -> u.status() == UserStatus.ACTIVE).isPresent();
        if (!active || !now.isBefore(expiresAt) || SignInStore.CAPABILITY.in(tx).lockout(message.tenantId(), userId).lockedForGood()) {
            return false; // gone, too late, or locked until an admin unlocks it
        }
        CredentialStore credentials = CredentialStore.CAPABILITY.in(tx);
        if (credentials.find(message.tenantId(), userId).filter(c -> c.changedAt().isAfter(message.createdAt())).isPresent()) {
            return false; // the password changed since the request: the owner is in, or an admin reset it
        }
        Optional<PasswordReset> open = credentials.findReset(message.tenantId(), userId);
        if (open.isPresent() && open.get().tokenHash().equals(tokenHash)) {
            return true; // kept by an earlier attempt of this message
        }
        if (open.isPresent() && !message.createdAt().isAfter(open.get().createdAt())) {
            return false; // a newer request's link replaced this one
        }
        if (open.isEmpty() && message.attempts() > 1) {
            return false; // an earlier attempt kept it and it is gone: used, or replaced and used
        }
        credentials.putReset(new PasswordReset(message.tenantId(), userId, tokenHash, expiresAt, message.createdAt()));
        return true;
    }
}
