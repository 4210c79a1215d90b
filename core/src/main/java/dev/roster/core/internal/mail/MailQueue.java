package dev.roster.core.internal.mail;

import dev.roster.core.access.OneTimeToken;
import dev.roster.core.internal.IdGenerator;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.mail.MailStatus;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxState;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues mail in the unit of work of the change that causes it: the message exists exactly when
 * the change commits. A message holds the invitation's id and its token sealed under the host's key,
 * never the token itself. Without mail settings (a host that shows links itself) it queues nothing.
 */
public final class MailQueue {
    /** Notices about an account go before anything else. */
    public static final int NOTICE = 0;
    /** One invitation, or one resend: an admin is waiting for it. */
    public static final int SINGLE = 1;
    /** The invitations of a batch: after everyone else's single messages. */
    public static final int BULK = 2;

    private final Sealer sealer;
    private final IdGenerator ids;
    private final Runnable wake;
    private final Touched touched;

    /** @param sealer null when Roster sends no mail */
    public MailQueue(Sealer sealer, IdGenerator ids, Runnable wake, Touched touched) {
        this.sealer = sealer;
        this.ids = ids;
        this.wake = wake;
        this.touched = touched;
    }

    public boolean enabled() {
        return sealer != null;
    }

    /** What a receipt says of a message just queued. */
    public MailDelivery queued() {
        return enabled() ? MailDelivery.QUEUED : MailDelivery.NONE;
    }

    /** Queues one message of {@code kind} per invitation, each with its link's token sealed. */
    public void invitations(StoreTransaction tx, List<InvitationWithToken> issued, MailKind kind, Instant now) {
        if (!enabled() || issued.isEmpty()) {
            return;
        }
        int priority = issued.size() > 1 ? BULK : SINGLE;
        List<OutboxMessage> messages = new ArrayList<>(issued.size());
        for (InvitationWithToken one : issued) {
            OutboxMessageId id = OutboxMessageId.of(ids.next());
            Invitation invitation = one.invitation();
            messages.add(OutboxMessage.queued(id, invitation.tenantId(), kind, invitation.id().value(), priority,
                    sealer.seal(id, one.token().reveal()), now));
        }
        OutboxStore.CAPABILITY.in(tx).enqueue(messages);
    }

    /**
     * Queues a password-reset message about {@code subject} (a user, or an id nobody has: the same
     * write either way), its link's token sealed.
     */
    public void passwordReset(StoreTransaction tx, TenantId tenant, UUID subject, String token, Instant now) {
        OutboxMessageId id = OutboxMessageId.of(ids.next());
        OutboxStore.CAPABILITY.in(tx).enqueue(List.of(OutboxMessage.queued(id, tenant, MailKind.PASSWORD_RESET, subject, NOTICE,
                sealer.seal(id, token), now)));
    }

    /** Cancels what is still queued (or given up) about {@code subject}: its link no longer works. */
    public void cancel(StoreTransaction tx, TenantId tenant, UUID subject, Instant now) {
        if (enabled()) {
            touched.touch(subject);
            OutboxStore.CAPABILITY.in(tx).cancel(tenant, subject, now);
        }
    }

    /** Where the newest mail of each invitation stands. */
    public Map<InvitationId, MailStatus> statuses(StoreTransaction tx, TenantId tenant, Collection<InvitationId> invitations) {
        if (!enabled() || invitations.isEmpty()) {
            return Map.of();
        }
        Map<InvitationId, MailStatus> statuses = new HashMap<>();
        OutboxStore.CAPABILITY.in(tx).latest(tenant, invitations.stream().map(InvitationId::value).toList())
                .forEach((subject, message) -> statuses.put(InvitationId.of(subject), status(message)));
        return statuses;
    }

    static MailStatus status(OutboxMessage message) {
        MailDelivery delivery = switch (message.state()) {
            case QUEUED -> MailDelivery.QUEUED;
            case SENT -> MailDelivery.SENT;
            case DEAD -> MailDelivery.FAILED;
            case CANCELLED -> MailDelivery.NONE;
        };
        return message.state() == OutboxState.CANCELLED ? MailStatus.NONE
                : new MailStatus(delivery, message.attempts(), Optional.ofNullable(message.finishedAt()), Optional.ofNullable(message.lastError()));
    }

    /** After the unit that queued has committed: the worker of this instance sends at once. */
    public void wake() {
        if (enabled()) {
            wake.run();
        }
    }

    /** An invitation and the token its link carries. */
    public record InvitationWithToken(Invitation invitation, OneTimeToken token) {
    }
}
