package dev.roster.core.invitation;

import dev.roster.core.access.Actor;
import dev.roster.core.mail.MailStatus;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.TenantId;

/** The admin side of invitations: invite one or many, resend, revoke, and expire overdue ones. */
public interface InvitationService {
    /**
     * One invitation of the actor's tenant, as it reads now (an overdue one reads as EXPIRED).
     * Requires {@link dev.roster.core.policy.Operation#VIEW_USERS}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the invitation
     * @return the invitation
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such invitation
     */
    Invitation get(Actor actor, InvitationId id);

    /**
     * Where the newest mail of an invitation stands (queued, sent, failed with the server's reason, or none).
     *
     * @param actor who asks; needs the permission to view users
     * @param id the invitation
     * @return its mail's status
     * @throws dev.roster.core.error.NotFoundException when the tenant has no such invitation
     */
    MailStatus mailStatus(Actor actor, InvitationId id);

    /**
     * Invites one address. Requires {@link dev.roster.core.policy.Operation#INVITE}; the actor must hold
     * everything the invitation would give. The message is sent after the invitation is stored; a
     * mail failure is reported in the receipt, and a resend fixes it.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the address, roles, type, flags, message and pre-filled details
     * @return the invitation, its token (the only time it can be read) and whether the mail went out
     * @throws dev.roster.core.error.ConflictException ALREADY_MEMBER for a current member
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_PENDING_INVITATION when an open invitation exists
     *     (an overdue one is expired and replaced)
     */
    InvitationReceipt invite(Actor actor, InviteCommand command);

    /**
     * Invites many addresses with one spec; see {@link BatchInviteCommand} for how bad addresses are handled.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param command the addresses and what they all get
     * @return the invitations made and the addresses skipped, with why
     * @throws dev.roster.core.error.BatchTooLargeException over the policy's batch limit
     */
    BatchInviteResult inviteAll(Actor actor, BatchInviteCommand command);

    /**
     * Sends the invitation again with a new token (the old link stops working), renewing the expiry
     * by policy. The resender vouches for it from now on: it must hold what the invitation grants,
     * and the invitation is accepted on its authority.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the invitation
     * @return the invitation, its new token and whether the mail went out
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION unless it is open, INVITATION_EXPIRED when overdue
     */
    InvitationReceipt resend(Actor actor, InvitationId id);

    /**
     * Withdraws a pending invitation; its link stops working. Requires {@link dev.roster.core.policy.Operation#INVITE}.
     *
     * @param actor who acts: a member allowed the operation, or the system
     * @param id the invitation
     * @return the invitation, REVOKED
     * @throws dev.roster.core.error.ConflictException INVALID_TRANSITION unless it is open
     */
    Invitation revoke(Actor actor, InvitationId id);

    /**
     * Marks pending invitations past their expiry as EXPIRED, in units of {@code batchSize}. They
     * already read as expired everywhere; this stores it. A maintenance job, run as the system for
     * the tenant. Idempotent.
     *
     * @param tenant the tenant
     * @param batchSize how many invitations one unit of work handles
     * @return how many were marked
     */
    default int expireOverdue(TenantId tenant, int batchSize) {
        return expireOverdue(tenant, batchSize, JobProgress.NONE);
    }

    /**
     * {@link #expireOverdue(TenantId, int)}, reporting each batch to {@code progress}, which may stop it between batches.
     *
     * @param tenant the tenant
     * @param batchSize how many invitations one unit of work handles
     * @param progress hears of each batch and may stop the job
     * @return how many were marked
     */
    int expireOverdue(TenantId tenant, int batchSize, JobProgress progress);

    /**
     * {@link #expireOverdue(TenantId, int)} for every tenant, for a host's periodic job.
     *
     * @param batchSize how many invitations one unit of work handles
     * @return how many were marked
     * @throws dev.roster.core.maintenance.JobIncompleteException when it failed for some tenants (after finishing the others)
     */
    default int expireOverdueEverywhere(int batchSize) {
        return expireOverdueEverywhere(batchSize, JobProgress.NONE);
    }

    /**
     * {@link #expireOverdueEverywhere(int)}, reporting each batch to {@code progress}, which may stop it between batches.
     *
     * @param batchSize how many invitations one unit of work handles
     * @param progress hears of each batch and may stop the job
     * @return how many were marked
     * @throws dev.roster.core.maintenance.JobIncompleteException when it failed for some tenants (after finishing the others)
     */
    int expireOverdueEverywhere(int batchSize, JobProgress progress);
}
