package dev.roster.core.internal;

import dev.roster.core.access.OneTimeToken;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.internal.mail.MailQueue;
import dev.roster.core.invitation.BatchInviteResult.Rejected;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates invitations for one or many addresses in the caller's unit of work: checks the spec,
 * admits each address (not a member, no open invitation; an overdue one is expired first), checks
 * seats, inserts all at once and writes their audit entries. Single and batch invites share it.
 */
public final class InvitationIssuer {
    private final RosterContext ctx;
    private final Guards guards;
    private final UserRules rules;
    private final Authority authority;

    public InvitationIssuer(RosterContext ctx, Guards guards, UserRules rules, Authority authority) {
        this.ctx = ctx;
        this.guards = guards;
        this.rules = rules;
        this.authority = authority;
    }

    /** Checks roles, type and flags against the policy and what the actor holds. */
    public InvitationSpec spec(Acting acting, Set<RoleId> requestedRoles, String requestedType, Map<Permission, Effect> requestedFlags,
            String message, InviteeFields invitee, Instant now) {
        Set<RoleId> roles = rules.rolesOrDefault(requestedRoles);
        String userType = rules.userTypeOrDefault(requestedType);
        Map<Permission, Effect> flags = requestedFlags == null ? Map.of() : requestedFlags;
        InviteeFields fields = invitee == null ? InviteeFields.NONE : invitee;
        List<Violation> violations = new ArrayList<>();
        rules.checkRoles("roles", roles, violations);
        rules.checkUserType("userType", userType, violations);
        if (ctx.policy().isPublic(userType)) {
            violations.add(new Violation("userType", "'" + userType + "' is a type of public users, whom the host creates; they are never invited"));
        }
        rules.checkOverrides("permissionFlags", roles, flags, violations);
        if (fields.dateOfBirth() != null) {
            rules.checkDateOfBirth("invitee.dateOfBirth", fields.dateOfBirth(), LocalDate.ofInstant(now, ZoneOffset.UTC), violations);
        }
        UserRules.throwIfAny(violations);
        requireGrantable(acting, roles, userType, flags);
        String text = message == null || message.isBlank() ? null : message.strip();
        return new InvitationSpec(roles, userType, flags, text,
                new InviteeProfile(fields.firstName(), fields.lastName(), UserRules.blankToNull(fields.displayName()), UserRules.blankToNull(fields.username()),
                        UserRules.blankToNull(fields.phone()), UserRules.blankToNull(fields.timezone()) == null ? null : ZoneId.of(fields.timezone().strip()),
                        UserRules.blankToNull(fields.externalId()), fields.dateOfBirth()));
    }

    /** The actor must hold everything a user made from these roles, type and flags would hold in its tenant today. */
    public void requireGrantable(Acting acting, Set<RoleId> roles, String userType, Map<Permission, Effect> flags) {
        authority.requireHolds(acting, ctx.resolver().wouldHold(roles, userType, flags, Set.of(), acting.tenant(), acting.groups()),
                "invite with roles " + roles + ", user type '" + userType + "' and these permission flags");
    }

    /** Addresses that cannot be invited now, by position, with why; overdue invitations in the way are expired. */
    public List<Rejected> admit(StoreTransaction tx, Acting acting, List<EmailAddress> emails, Instant now) {
        Screened screened = screen(tx, acting.tenant().id(), emails, now);
        screened.overdue().forEach(open -> expire(tx, acting, open, now));
        return screened.rejected();
    }

    /** What {@link #admit} would find, changing nothing: the addresses refused, and the overdue invitations it would expire. */
    public Screened screen(StoreTransaction tx, TenantId tenant, List<EmailAddress> emails, Instant now) {
        List<String> keys = emails.stream().map(EmailAddress::canonical).toList();
        Set<String> members = tx.users().findByEmails(tenant, keys).stream()
                .map(u -> u.email().canonical()).collect(Collectors.toSet());
        Map<String, Invitation> pending = tx.invitations().findPendingByEmails(tenant, keys).stream()
                .collect(Collectors.toMap(i -> i.email().canonical(), Function.identity()));
        List<Rejected> rejected = new ArrayList<>();
        List<Invitation> overdue = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            EmailAddress email = emails.get(i);
            Invitation open = pending.get(email.canonical());
            if (members.contains(email.canonical())) {
                rejected.add(new Rejected(i, email.value(), ErrorCode.ALREADY_MEMBER, email + " is already a member"));
            } else if (open != null && !open.isOverdue(now)) {
                rejected.add(new Rejected(i, email.value(), ErrorCode.DUPLICATE_PENDING_INVITATION,
                        email + " already has a pending invitation"));
            } else if (open != null) {
                overdue.add(open);
            }
        }
        return new Screened(rejected, overdue);
    }

    /** Addresses that cannot be invited, by position, and overdue invitations in the way of the others. */
    public record Screened(List<Rejected> rejected, List<Invitation> overdue) {
    }

    /** Inserts one invitation per address, with audit entries; returns them with their tokens and messages. */
    public List<Issued> issue(StoreTransaction tx, Acting acting, List<EmailAddress> emails, InvitationSpec spec, Instant now) {
        return issueEach(tx, acting, emails.stream().map(e -> new Invitee(e, spec)).toList(), now);
    }

    /** As {@link #issue}, each address with a spec of its own (the rows of an import). */
    public List<Issued> issueEach(StoreTransaction tx, Acting acting, List<Invitee> invitees, Instant now) {
        guards.seatsAvailable(tx, acting.tenant(), now, seatsTaken(invitees));
        Instant expiresAt = ctx.policy().invitationExpiry().map(now::plus).orElse(null);
        List<Issued> issued = new ArrayList<>(invitees.size());
        List<AuditEntry> audit = new ArrayList<>(invitees.size());
        for (Invitee invitee : invitees) {
            EmailAddress email = invitee.email();
            InvitationSpec spec = invitee.spec();
            OneTimeToken token = ctx.tokens().issue(TokenPurpose.INVITATION, acting.tenant().id());
            Invitation invitation = new Invitation(InvitationId.of(ctx.ids().next()), acting.tenant().id(), email, token.hash(),
                    spec.roles(), spec.userType(), spec.flags(), spec.invitee(), spec.message(), acting.actorId(),
                    InvitationStatus.PENDING, now, expiresAt, now, 0, null, null, 0);
            issued.add(new Issued(invitation, token));
            audit.add(ctx.audit().entry(acting.tenant().id(), acting.actorId(), AuditActions.INVITATION_CREATED,
                    AuditActions.TARGET_INVITATION, invitation.id(), details(invitation)));
        }
        tx.invitations().insertAll(issued.stream().map(Issued::invitation).toList());
        ctx.mail().invitations(tx, issued.stream().map(i -> new MailQueue.InvitationWithToken(i.invitation(), i.token())).toList(),
                MailKind.INVITATION, now);
        tx.audit().appendAll(audit);
        return issued;
    }

    public void expire(StoreTransaction tx, Acting acting, Invitation invitation, Instant now) {
        InvitationStatus expired = InvitationTransitions.require(invitation, now, InvitationTransitions.Action.EXPIRE);
        tx.invitations().update(invitation.toBuilder().status(expired).resolvedAt(now).build());
        ctx.mail().cancel(tx, invitation.tenantId(), invitation.id().value(), now);
        ctx.audit().record(tx, invitation.tenantId(), acting.actorId(), AuditActions.INVITATION_EXPIRED,
                AuditActions.TARGET_INVITATION, invitation.id(), Map.of("expiresAt", String.valueOf(invitation.expiresAt())));
    }

    private static Map<String, String> details(Invitation invitation) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("email", invitation.email().value());
        details.put("roles", invitation.roles().toString());
        details.put("userType", invitation.userType());
        if (!invitation.permissionFlags().isEmpty()) {
            details.put("permissionFlags", invitation.permissionFlags().toString());
        }
        details.put("expiresAt", String.valueOf(invitation.expiresAt()));
        return details;
    }

    /** How many of these invitees take a seat (a user type the seat rule leaves out takes none). */
    public long seatsTaken(List<Invitee> invitees) {
        return invitees.stream().filter(i -> guards.takesSeat(UserStatus.ACTIVE, i.spec().userType())).count();
    }

    /** An address to invite and what its invitation gives. */
    public record Invitee(EmailAddress email, InvitationSpec spec) {
    }

    /** A new invitation and its token, which the receipt shows once. */
    public record Issued(Invitation invitation, OneTimeToken token) {
    }
}
