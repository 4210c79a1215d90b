package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.access.OneTimeToken;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.BatchTooLargeException;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Batches;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.InvitationIssuer.Issued;
import dev.roster.core.internal.InvitationSpec;
import dev.roster.core.internal.InvitationTransitions;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.TenantWalk;
import dev.roster.core.internal.TokenPurpose;
import dev.roster.core.internal.mail.MailQueue;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.BatchInviteResult;
import dev.roster.core.invitation.BatchInviteResult.Rejected;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InvitationService;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.mail.MailStatus;
import dev.roster.core.maintenance.JobProgress;
import dev.roster.core.policy.Operation;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine behind {@link InvitationService}. */
public final class DefaultInvitationService implements InvitationService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final InvitationIssuer issuer;

    public DefaultInvitationService(RosterContext ctx, Authorizer authorizer, InvitationIssuer issuer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
        this.issuer = issuer;
    }

    @Override
    public Invitation get(Actor actor, InvitationId id) {
        Instant now = ctx.clock().instant();
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return find(tx, actor.tenant(), id).asOf(now);
        });
    }

    @Override
    public MailStatus mailStatus(Actor actor, InvitationId id) {
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            find(tx, actor.tenant(), id);
            return ctx.mail().statuses(tx, actor.tenant(), List.of(id)).getOrDefault(id, MailStatus.NONE);
        });
    }

    /**
     * Invites one address. Fails with ALREADY_MEMBER for a current member and with
     * DUPLICATE_PENDING_INVITATION when an open invitation exists (an overdue one is expired and
     * replaced). The mail is queued in the same unit of work and sent by the outbox once it commits.
     */
    @Override
    public InvitationReceipt invite(Actor actor, InviteCommand command) {
        ctx.validator().check(command);
        EmailAddress email = EmailAddress.of(command.email());
        Issued issued = ops.run(actor, Operation.INVITE, true, (tx, acting, now) -> {
            InvitationSpec spec = issuer.spec(acting, command.roles(), command.userType(), command.permissionFlags(),
                    command.message(), command.invitee(), now);
            List<Rejected> rejected = issuer.admit(tx, acting, List.of(email), now);
            if (!rejected.isEmpty()) {
                Rejected why = rejected.get(0);
                throw why.code() == ErrorCode.DUPLICATE_PENDING_INVITATION ? new DuplicateKeyException(why.code(), why.message())
                        : new ConflictException(why.code(), why.message());
            }
            return issuer.issue(tx, acting, List.of(email), spec, now).get(0);
        });
        ctx.mail().wake();
        ctx.events().invitationsIssued(issued.invitation().tenantId(), 1);
        return new InvitationReceipt(issued.invitation(), issued.token(), ctx.mail().queued());
    }

    /** Invites many addresses with one spec; see {@link BatchInviteCommand} for how bad addresses are handled. */
    @Override
    public BatchInviteResult inviteAll(Actor actor, BatchInviteCommand command) {
        ctx.validator().check(command);
        int limit = ctx.policy().maxBatchInvites();
        if (command.emails().size() > limit) {
            throw new BatchTooLargeException(limit, command.emails().size());
        }
        List<Rejected> rejected = new ArrayList<>();
        List<Candidate> parsed = parse(command.emails(), rejected);
        List<EmailAddress> candidates = parsed.stream().map(Candidate::email).toList();
        BatchOutcome outcome = ops.run(actor, Operation.INVITE, true, (tx, acting, now) -> {
            InvitationSpec spec = issuer.spec(acting, command.roles(), command.userType(), command.permissionFlags(),
                    command.message(), null, now);
            List<Rejected> all = new ArrayList<>(rejected);
            Set<Integer> refused = new HashSet<>();
            for (Rejected r : issuer.admit(tx, acting, candidates, now)) {
                int index = parsed.get(r.index()).index();
                all.add(new Rejected(index, r.email(), r.code(), r.message()));
                refused.add(r.index());
            }
            all.sort((a, b) -> Integer.compare(a.index(), b.index()));
            if (!all.isEmpty() && !command.skipInvalid()) {
                throw new ValidationException(all.stream()
                        .map(r -> new Violation("emails[" + r.index() + "]", r.code() + ": " + r.message())).toList());
            }
            List<EmailAddress> admitted = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (!refused.contains(i)) {
                    admitted.add(candidates.get(i));
                }
            }
            return new BatchOutcome(admitted.isEmpty() ? List.of() : issuer.issue(tx, acting, admitted, spec, now), all);
        });
        ctx.mail().wake();
        ctx.events().invitationsIssued(actor.tenant(), outcome.issued().size());
        List<InvitationReceipt> receipts = outcome.issued().stream()
                .map(i -> new InvitationReceipt(i.invitation(), i.token(), ctx.mail().queued()))
                .toList();
        return new BatchInviteResult(receipts, outcome.rejected());
    }

    /**
     * Sends the invitation again with a new token (the old link stops working), renewing the expiry
     * by policy. The resender vouches for it from now on: it must hold what the invitation grants,
     * and the invitation is accepted on its authority.
     */
    @Override
    public InvitationReceipt resend(Actor actor, InvitationId id) {
        Issued issued = ops.run(actor, Operation.INVITE, false, (tx, acting, now) -> {
            Invitation invitation = find(tx, actor.tenant(), id);
            InvitationTransitions.require(invitation, now, InvitationTransitions.Action.RESEND);
            issuer.requireGrantable(acting, invitation.roles(), invitation.userType(), invitation.permissionFlags());
            OneTimeToken token = ctx.tokens().issue(TokenPurpose.INVITATION, acting.tenant().id());
            Instant expiresAt = ctx.policy().renewExpiryOnResend()
                    ? ctx.policy().invitationExpiry().map(now::plus).orElse(null)
                    : invitation.expiresAt();
            Invitation resent = tx.invitations().update(invitation.toBuilder().invitedBy(acting.actorId()).tokenHash(token.hash()).expiresAt(expiresAt)
                    .lastSentAt(now).resendCount(invitation.resendCount() + 1).build());
            ctx.audit().record(tx, acting.tenant().id(), acting.actorId(), AuditActions.INVITATION_RESENT,
                    AuditActions.TARGET_INVITATION, id, Map.of("resendCount", String.valueOf(resent.resendCount()),
                            "expiresAt", String.valueOf(expiresAt)));
            ctx.mail().cancel(tx, resent.tenantId(), id.value(), now);
            ctx.mail().invitations(tx, List.of(new MailQueue.InvitationWithToken(resent, token)), MailKind.INVITATION_RESENT, now);
            return new Issued(resent, token);
        });
        ctx.mail().wake();
        ctx.events().invitationsIssued(issued.invitation().tenantId(), 1);
        return new InvitationReceipt(issued.invitation(), issued.token(), ctx.mail().queued());
    }

    /** Withdraws a pending invitation; its link stops working. */
    @Override
    public Invitation revoke(Actor actor, InvitationId id) {
        return ops.run(actor, Operation.INVITE, false, (tx, acting, now) -> {
            Invitation invitation = find(tx, actor.tenant(), id);
            InvitationStatus next = InvitationTransitions.require(invitation, now, InvitationTransitions.Action.REVOKE);
            Invitation revoked = tx.invitations().update(invitation.toBuilder().status(next).resolvedAt(now).build());
            ctx.mail().cancel(tx, revoked.tenantId(), id.value(), now);
            ctx.audit().record(tx, acting.tenant().id(), acting.actorId(), AuditActions.INVITATION_REVOKED,
                    AuditActions.TARGET_INVITATION, id, Map.of("email", invitation.email().value()));
            return revoked;
        });
    }

    /**
     * Marks pending invitations past their expiry as EXPIRED, in units of {@code batchSize}. They
     * already read as expired; this makes it stored. Idempotent.
     *
     * @return how many were marked
     */
    @Override
    public int expireOverdue(TenantId tenant, int batchSize, JobProgress progress) {
        return Batches.run(tenant, batchSize, progress, () -> {
            Instant now = ctx.clock().instant();
            return ctx.store().inTransaction(tx -> {
                Acting acting = authorizer.authorize(tx, Actor.system(tenant), Operation.INVITE, false);
                List<Invitation> overdue = tx.invitations().findOverdue(tenant, now, batchSize);
                overdue.forEach(i -> issuer.expire(tx, acting, i, now));
                return overdue.size();
            });
        });
    }

    @Override
    public int expireOverdueEverywhere(int batchSize, JobProgress progress) {
        return TenantWalk.forEachTenant(ctx.store(), progress, tenant -> expireOverdue(tenant, batchSize, progress));
    }

    static Invitation find(StoreTransaction tx, TenantId tenant, InvitationId id) {
        return tx.invitations().find(tenant, id).orElseThrow(() -> new NotFoundException("invitation", id));
    }

    /** Parses every address, remembering its position; bad ones and repeats are rejected by position. */
    private static List<Candidate> parse(List<String> raw, List<Rejected> rejected) {
        List<Candidate> parsed = new ArrayList<>();
        Set<EmailAddress> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                EmailAddress email = EmailAddress.of(raw.get(i));
                if (seen.add(email)) {
                    parsed.add(new Candidate(i, email));
                } else {
                    rejected.add(new Rejected(i, raw.get(i), ErrorCode.VALIDATION_FAILED, email + " is listed more than once"));
                }
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(i, raw.get(i), ErrorCode.VALIDATION_FAILED, e.getMessage()));
            }
        }
        return parsed;
    }

    private record Candidate(int index, EmailAddress email) {
    }

    private record BatchOutcome(List<Issued> issued, List<Rejected> rejected) {
    }
}
