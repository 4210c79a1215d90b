package dev.roster.core.invitation;

import dev.roster.core.access.Actor;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.TenantId;

/** The admin side of invitations: invite one or many, resend, revoke, and expire overdue ones. */
public interface InvitationService {
    Invitation get(Actor actor, InvitationId id);

    /**
     * Invites one address. Fails with ALREADY_MEMBER for a current member and with
     * DUPLICATE_PENDING_INVITATION when an open invitation exists (an overdue one is expired and
     * replaced). The message is sent after the invitation is stored; a mail failure is reported in
     * the receipt, and a resend fixes it.
     */
    InvitationReceipt invite(Actor actor, InviteCommand command);

    /** Invites many addresses with one spec; see {@link BatchInviteCommand} for how bad addresses are handled. */
    BatchInviteResult inviteAll(Actor actor, BatchInviteCommand command);

    /**
     * Sends the invitation again with a new token (the old link stops working), renewing the expiry
     * by policy. The resender vouches for it from now on: it must hold what the invitation grants,
     * and the invitation is accepted on its authority.
     */
    InvitationReceipt resend(Actor actor, InvitationId id);

    /** Withdraws a pending invitation; its link stops working. */
    Invitation revoke(Actor actor, InvitationId id);

    /**
     * Marks pending invitations past their expiry as EXPIRED, in units of {@code batchSize}. They
     * already read as expired everywhere; this stores it. A maintenance job, run as the system for
     * the tenant. Idempotent.
     *
     * @return how many were marked
     */
    default int expireOverdue(TenantId tenant, int batchSize) {
        return expireOverdue(tenant, batchSize, JobProgress.NONE);
    }

    /** {@link #expireOverdue(TenantId, int)}, reporting each batch to {@code progress}, which may stop it between batches. */
    int expireOverdue(TenantId tenant, int batchSize, JobProgress progress);

    /** {@link #expireOverdue(TenantId, int)} for every tenant, for a host's periodic job. */
    default int expireOverdueEverywhere(int batchSize) {
        return expireOverdueEverywhere(batchSize, JobProgress.NONE);
    }

    /** {@link #expireOverdueEverywhere(int)}, reporting each batch to {@code progress}, which may stop it between batches. */
    int expireOverdueEverywhere(int batchSize, JobProgress progress);
}
