package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.InvalidTokenException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.InvitationTransitions;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.TokenPurpose;
import dev.roster.core.internal.UserRules;
import dev.roster.core.internal.UserWriter;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationPreview;
import dev.roster.core.invitation.InviteeService;
import dev.roster.core.policy.Operation;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The engine behind {@link InviteeService}. */
public final class DefaultInviteeService implements InviteeService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final Guards guards;
    private final UserRules rules;
    private final UserWriter writer;
    private final InvitationIssuer issuer;
    private final boolean passwordRequired;

    /** @param passwordRequired whether an invitee must set a password at acceptance (through {@code CredentialService}) */
    public DefaultInviteeService(RosterContext ctx, Authorizer authorizer, Guards guards, UserRules rules, UserWriter writer, InvitationIssuer issuer,
            boolean passwordRequired) {
        this.passwordRequired = passwordRequired;
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.guards = guards;
        this.rules = rules;
        this.writer = writer;
        this.issuer = issuer;
    }

    /**
     * What the invitation page shows. Reads only; never accepts. A link that can no longer be used
     * (accepted, declined, revoked, expired) shows only that status: nothing about the person, the
     * roles, the message or the inviter. An unknown tenant reads as an unknown token.
     */
    @Override
    public InvitationPreview preview(TenantId tenant, String token) {
        Instant now = ctx.clock().instant();
        return ctx.store().read(tx -> {
            Invitation invitation = byToken(tx, tenant, token);
            InvitationStatus status = invitation.statusAt(now);
            if (status != InvitationStatus.PENDING) {
                return InvitationPreview.closed(status);
            }
            Tenant t = tx.tenants().find(tenant).orElseThrow(DefaultInviteeService::invalidToken);
            String inviter = Optional.ofNullable(invitation.invitedBy())
                    .flatMap(id -> tx.users().find(tenant, id))
                    .map(u -> u.profile().displayName())
                    .orElse(t.name());
            return InvitationPreview.open(new InvitationPreview.Details(t.name(), invitation.email().value(), invitation.roles(),
                    invitation.userType(), Optional.ofNullable(invitation.message()), inviter, Optional.ofNullable(invitation.expiresAt())));
        });
    }

    /**
     * Creates the active user the invitation describes (its roles, type and permission flags) and
     * closes the invitation as ACCEPTED, in one unit of work. A link that can no longer be used fails
     * with TOKEN_INVALID, as an unknown one does (an overdue invitation is stored as EXPIRED on the way).
     */
    @Override
    public User accept(TenantId tenant, String token, AcceptCommand command) {
        if (passwordRequired) {
            throw ValidationException.of("password", "is required: accept with roster.credentials().acceptWithPassword(...)");
        }
        return accept(tenant, token, command, (tx, user) -> { });
    }

    /** Accepts, and runs {@code alsoInUnit} on the new member in the same unit of work (a password, say). */
    public User accept(TenantId tenant, String token, AcceptCommand command, BiConsumer<StoreTransaction, User> alsoInUnit) {
        ctx.validator().check(command);
        if (command.profile().externalId() != null) {
            // The host links its own records (an SSO subject, say) by this id: an invitee choosing it could take over another's.
            throw new ValidationException(List.of(new Violation("profile.externalId",
                    "is the host's own id for a user, set by an admin or the host, never by the invitee")));
        }
        Instant now = ctx.clock().instant();
        Optional<User> accepted = ctx.store().inTransaction(tx -> {
            Acting acting = lockTenant(tx, tenant);
            Invitation invitation = byToken(tx, tenant, token);
            if (!stillOpen(tx, acting, invitation, now)) {
                return Optional.<User>empty();
            }
            InvitationTransitions.require(invitation, now, InvitationTransitions.Action.ACCEPT);
            User member = createMember(tx, acting, invitation, command, now);
            alsoInUnit.accept(tx, member);
            return Optional.of(member);
        });
        User user = accepted.orElseThrow(DefaultInviteeService::invalidToken);
        ctx.permissionCache().invalidate(user.id());
        return user;
    }

    /** The invitee says no. The invitation closes as DECLINED. A link that can no longer be used fails as {@link #accept} does. */
    @Override
    public void decline(TenantId tenant, String token) {
        Instant now = ctx.clock().instant();
        boolean declined = ctx.store().inTransaction(tx -> {
            Acting acting = lockTenant(tx, tenant);
            Invitation invitation = byToken(tx, tenant, token);
            if (!stillOpen(tx, acting, invitation, now)) {
                return false;
            }
            InvitationStatus next = InvitationTransitions.require(invitation, now, InvitationTransitions.Action.DECLINE);
            tx.invitations().update(invitation.toBuilder().status(next).resolvedAt(now).build());
            ctx.mail().cancel(tx, tenant, invitation.id().value(), now);
            ctx.audit().record(tx, tenant, null, AuditActions.INVITATION_DECLINED, AuditActions.TARGET_INVITATION,
                    invitation.id(), Map.of("email", invitation.email().value()));
            return true;
        });
        if (!declined) {
            throw invalidToken();
        }
    }

    /** The system acting in the tenant, which stays locked; an unknown tenant reads as an unknown token. */
    private Acting lockTenant(StoreTransaction tx, TenantId tenant) {
        if (tenant == null) {
            throw invalidToken();
        }
        try {
            return authorizer.authorize(tx, Actor.system(tenant), Operation.INVITE, true);
        } catch (NotFoundException unknownTenant) {
            throw invalidToken();
        }
    }

    /** Whether the invitation can still be answered; an overdue one is stored as EXPIRED on this touch. */
    private boolean stillOpen(StoreTransaction tx, Acting acting, Invitation invitation, Instant now) {
        if (invitation.isOverdue(now)) {
            issuer.expire(tx, acting, invitation, now);
            return false;
        }
        return invitation.status() == InvitationStatus.PENDING;
    }

    private User createMember(StoreTransaction tx, Acting acting, Invitation invitation, AcceptCommand command, Instant now) {
        if (tx.users().findByEmail(tenantOf(acting), invitation.email().canonical()).isPresent()) {
            throw new ConflictException(ErrorCode.ALREADY_MEMBER, invitation.email() + " is already a member");
        }
        ProfileFields fields = withInviteeDefaults(command.profile(), invitation.invitee());
        List<Violation> violations = new ArrayList<>();
        rules.checkDateOfBirth("profile.dateOfBirth", fields.dateOfBirth(), LocalDate.ofInstant(now, ZoneOffset.UTC), violations);
        UserRules.throwIfAny(violations);
        Profile profile = UserRules.toProfile(fields, invitation.email());
        rules.requireFree(tx, tenantOf(acting), invitation.email(), profile, null);
        int seatsBefore = ctx.policy().seatRule().countPendingInvitations() ? 1 : 0;
        int seatsAfter = guards.takesSeat(UserStatus.ACTIVE, invitation.userType()) ? 1 : 0;
        guards.seatsAvailable(tx, acting.tenant(), now, seatsAfter - seatsBefore);
        User user = insertOnInvitersAuthority(tx, acting, invitation, new User(UserId.of(ctx.ids().next()), tenantOf(acting), invitation.email(), profile,
                invitation.userType(), invitation.roles(), invitation.permissionFlags(), java.util.Set.of(), UserStatus.ACTIVE, false,
                rules.registrationSource(tx, tenantOf(acting), command.registration(), ctx.tokens().referralCode()),
                Map.of(), now, now, null, null, 0));
        tx.invitations().update(invitation.toBuilder().status(InvitationTransitions.target(InvitationTransitions.Action.ACCEPT))
                .resolvedAt(now).acceptedUserId(user.id()).build());
        ctx.mail().cancel(tx, tenantOf(acting), invitation.id().value(), now);
        ctx.audit().record(tx, tenantOf(acting), user.id(), AuditActions.INVITATION_ACCEPTED, AuditActions.TARGET_INVITATION,
                invitation.id(), Map.of("email", invitation.email().value(), "userId", user.id().toString()));
        return user;
    }

    /**
     * An invitation is accepted on the authority of whoever sent it last: that member must still be
     * allowed to invite and hold everything the new user will hold (its roles may have been cut
     * since). A resend by someone who may grant it revives the invitation.
     */
    private User insertOnInvitersAuthority(StoreTransaction tx, Acting system, Invitation invitation, User user) {
        try {
            Acting inviter = invitation.invitedBy() == null ? system
                    : authorizer.authorize(tx, Actor.user(tenantOf(system), invitation.invitedBy()), Operation.INVITE, false);
            return writer.insert(tx, inviter, user);
        } catch (PermissionDeniedException e) {
            throw new PermissionDeniedException("the invitation can no longer be accepted: whoever sent it may no longer grant "
                    + "what it gives; ask for it to be sent again");
        }
    }

    private static ProfileFields withInviteeDefaults(ProfileFields given, InviteeProfile invitee) {
        return new ProfileFields(
                firstNonBlank(given.firstName(), invitee.firstName()),
                firstNonBlank(given.lastName(), invitee.lastName()),
                firstNonBlank(given.displayName(), invitee.displayName()),
                firstNonBlank(given.username(), invitee.username()),
                firstNonBlank(given.phone(), invitee.phone()),
                firstNonBlank(given.timezone(), invitee.timezone() == null ? null : invitee.timezone().getId()),
                invitee.externalId(), // the inviter's alone: accept() refuses one from the invitee
                given.dateOfBirth() != null ? given.dateOfBirth() : invitee.dateOfBirth());
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static TenantId tenantOf(Acting acting) {
        return acting.tenant().id();
    }

    private Invitation byToken(StoreTransaction tx, TenantId tenant, String token) {
        String hash = tenant == null ? null : ctx.tokens().hash(TokenPurpose.INVITATION, tenant, token);
        return (hash == null ? Optional.<Invitation>empty() : tx.invitations().findByTokenHash(tenant, hash))
                .orElseThrow(DefaultInviteeService::invalidToken);
    }

    /** One answer for every link that cannot be used, so that it tells nothing about tenants or invitations. */
    private static RosterException invalidToken() {
        return new InvalidTokenException();
    }
}
